package shallowlab.web.datasets;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URLEncoder;
import java.util.List;
import org.junit.jupiter.api.Test;
import shallowlab.AppTest;
import shallowlab.Html;
import shallowlab.data.Dataset;
import shallowlab.data.DatasetId;
import shallowlab.data.DatasetKind;
import shallowlab.data.PointsCsv;
import shallowlab.experiment.Experiment;

/**
 * Uploaded data over real HTTP: a run's own data.csv, uploaded, replays that run bit for bit as custom:<id>, in the
 * lab, the API and a comparison; points and noise cannot change it; an unknown id is a 400 naming dataset.
 */
class CustomDataHttpTest extends AppTest {
    static final ObjectMapper JSON = new ObjectMapper();
    /** Everything but the data: the same network, init and training on either side of the round trip. */
    static final String REST = "dataSeed=5&hidden=5&learningRate=0.8&initSeed=3&iterations=1500";
    static final String MOONS = "dataset=moons&points=300&noise=0.3&" + REST;

    static JsonNode json(String pathAndQuery) throws Exception {
        var r = app.get(pathAndQuery);
        assertEquals(200, r.status(), r.body());
        return JSON.readTree(r.body());
    }

    static JsonNode upload(String csv) throws Exception {
        var r = app.post("/api/datasets", "text/csv", csv);
        assertEquals(201, r.status(), r.body());
        JsonNode j = JSON.readTree(r.body());
        assertEquals("/api/datasets/" + j.get("id").asText() + ".csv", r.header("Location"));
        return j;
    }

    /** The id of the moons run's points, uploaded as its data.csv (testFraction 0: every point, in order). */
    static String moonsId() throws Exception {
        var data = app.get("/api/experiment/data.csv?" + MOONS);
        assertEquals(200, data.status());
        return upload(data.body()).get("id").asText();
    }

    @Test
    void aRunsDataCsvUploadedReplaysTheSameRunBitForBit() throws Exception {
        String id = moonsId();
        for (String split : List.of("", "&testFraction=0.3")) {
            JsonNode original = json("/api/experiment?" + MOONS + split);
            JsonNode custom = json("/api/experiment?dataset=custom:" + id + "&" + REST + split);
            for (String field : List.of("iterations", "cost", "trainAccuracy", "testAccuracy", "gradientNorms", "data",
                    "parameters", "final", "boundary")) {
                assertEquals(original.get(field), custom.get(field), field + split);
            }
            assertEquals("custom:" + id, custom.get("config").get("dataset").asText());
        }
    }

    /**
     * points.csv (what the draw editor starts from) is the experiment's points before the split, in order, untrained:
     * uploaded unchanged, even with a test share, the custom run equals the generated one.
     */
    @Test
    void pointsCsvUploadedUnchangedReplaysTheRunEvenWithATestShare() throws Exception {
        String split = "&testFraction=0.3";
        var points = app.get("/api/experiment/points.csv?" + MOONS + split);
        assertEquals(200, points.status(), points.body());
        assertTrue(points.header("Content-Type").startsWith("text/csv"), points.header("Content-Type"));
        assertEquals(PointsCsv.write(DatasetKind.MOONS.generate(300, 0.3, 5)), points.body());
        String id = upload(points.body()).get("id").asText();
        JsonNode original = json("/api/experiment?" + MOONS + split);
        JsonNode custom = json("/api/experiment?dataset=custom:" + id + "&" + REST + split);
        for (String field : List.of("cost", "trainAccuracy", "testAccuracy", "data", "final")) {
            assertEquals(original.get(field), custom.get(field), field);
        }
        assertEquals(points.body(), app.get("/api/experiment/points.csv?dataset=custom:" + id).body(), "uploads too");
        assertEquals(400, app.get("/api/experiment/points.csv?dataset=custom:0123456789abcdef").status());
        var bad = app.get("/api/experiment/points.csv?points=7");
        assertEquals(400, bad.status());
        assertTrue(JSON.readTree(bad.body()).get("errors").has("points"), bad.body());
    }

    @Test
    void theSamePointsGetTheSameIdInEitherFormatAndComeBackAsCsv() throws Exception {
        String id = moonsId();
        var back = app.get("/api/datasets/" + id + ".csv");
        assertEquals(200, back.status());
        assertTrue(back.body().startsWith("x1,x2,label\r\n"), back.body());
        assertEquals(301, back.body().split("\r\n").length, "the header and 300 points");
        JsonNode again = upload(back.body());
        assertEquals(id, again.get("id").asText());
        assertEquals(300, again.get("points").asInt());
        assertEquals("custom:" + id, again.get("dataset").asText());
    }

    /**
     * A set column (the lab's own data.csv) is read but not used: the same points get the same id as without it, so
     * ids and links stay as they were, and the answer says so, with the column's counts, where the page shows it.
     */
    @Test
    void aSetColumnIsNotUsedAndTheAnswerSaysSo() throws Exception {
        String rows = "1.5,2,0\n3,4,1\n5,6.25,0\n7,8,1\n";
        JsonNode plain = upload("x1,x2,label\n" + rows);
        assertEquals("0d73e59ad052f27e", plain.get("id").asText(), "SHA-256 of the canonical text, as Python computes it");
        assertEquals(List.of("id", "dataset", "points", "link", "notes", "name"), fieldNames(plain));
        assertTrue(plain.get("name").isNull(), "uploaded without a name");
        assertEquals("[]", plain.get("notes").toString(), "nothing to say about a file without a set column");
        String allTest = "set,x1,x2,label\n" + rows.replaceAll("(?m)^(?=.)", "test,");
        String mixed = "set,x1,x2,label\ntrain,1.5,2,0\ntest,3,4,1\ntrain,5,6.25,0\ntrain,7,8,1\n";
        for (String file : List.of(allTest, mixed)) {
            JsonNode withSets = upload(file);
            assertEquals(plain.get("id"), withSets.get("id"), "the same points, the same id");
            assertEquals(plain.get("link"), withSets.get("link"));
            assertEquals(1, withSets.get("notes").size(), withSets.toString());
        }
        assertEquals("Your file's set column (3 train, 1 test) was not used: all 4 rows are points, and the Test share"
                + " (testFraction) splits them. To keep a run's own split, take its points with Edit these points (or"
                + " /api/experiment/points.csv) and keep its Test share and Data seed.",
                upload(mixed).get("notes").get(0).asText());
        assertTrue(upload(allTest).get("notes").get(0).asText().startsWith("Your file's set column (0 train, 4 test)"));
        assertTrue(app.get("/?iterations=60").body().contains("A set column (train/test, as \"Data as CSV\" writes it)"
                + " is not used: Test share makes the split"), "the upload field's hint says so before the file is chosen");
    }

    static List<String> fieldNames(JsonNode node) {
        List<String> names = new java.util.ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }

    /**
     * The page's headline (and title) says how many points an upload has; the API says it as dataPoints, beside the
     * inactive config keys points and noise, which keep their defaults (a public contract).
     */
    @Test
    void theHeadlineAndTheApiSayTheUploadsOwnPointCount() throws Exception {
        String id = upload(PointsCsv.write(DatasetKind.XOR.generate(40, 0.1, 6))).get("id").asText();
        String html = app.get("/?dataset=custom:" + id + "&testFraction=0.25&iterations=60").body();
        String headline = "uploaded data (" + id.substring(0, 6) + "…, 40 points) · hidden 4 · tanh";
        assertTrue(html.contains("<h1 class=\"headline\" id=\"headline\">" + headline), html.substring(0, 2000));
        assertTrue(html.contains("<title>" + headline), "the page's title too");
        JsonNode run = json("/api/experiment?dataset=custom:" + id + "&testFraction=0.25&iterations=60");
        assertEquals(40, run.get("dataPoints").asInt(), "train and test together");
        assertEquals(30, run.get("data").get("train").get("label").size());
        assertEquals(400, run.get("config").get("points").asInt(), "inactive: its default, as before");
        assertEquals(0.2, run.get("config").get("noise").asDouble(), "inactive: its default, as before");
        assertEquals(400, json("/api/experiment?iterations=60").get("dataPoints").asInt(), "generated: its points");
        String compare = app.get("/compare?dataset=custom:" + id + "&testFraction=0.25&iterations=60"
                + "&vary=hidden:2,4").body();
        assertTrue(compare.contains("Hidden units per layer = 2, 4 · " + headline.replace(" · hidden 4", "")),
                "a comparison on the upload says its count too: " + compare.substring(0, 2000));
    }

    /**
     * The file's name, sent as {@code name}, is kept with the points and shown beside their id, so that a teacher with
     * several files can tell them apart; the same points keep the first name given. A name over the column's width
     * or with a line break is refused (400 naming {@code name}), and nothing is stored.
     */
    @Test
    void aFilesNameIsKeptWithThePointsAndShownInTheHeadlines() throws Exception {
        Dataset xor = DatasetKind.XOR.generate(40, 0.1, 7);
        String name = "week 3 <xor> & co.csv";
        var r = app.post("/api/datasets?name=" + URLEncoder.encode(name, UTF_8), "text/csv", PointsCsv.write(xor));
        assertEquals(201, r.status(), r.body());
        JsonNode answer = JSON.readTree(r.body());
        assertEquals(name, answer.get("name").asText());
        String id = answer.get("id").asText();
        JsonNode run = json("/api/experiment?dataset=custom:" + id + "&iterations=60");
        assertEquals(name, run.get("dataName").asText(), "the run's JSON names its points' file");
        assertTrue(json("/api/experiment?iterations=60").get("dataName").isNull(), "generated data has none");
        var series = app.get("/api/experiment.csv?dataset=custom:" + id + "&iterations=60");
        assertEquals("attachment; filename=\"shallow-lab-week-3-xor-co-" + id.substring(0, 6) + "-tanh-4-series.csv\"",
                series.header("Content-Disposition"), "so do its downloads");
        assertEquals("attachment; filename=\"shallow-lab-week-3-xor-co-" + id.substring(0, 6) + ".csv\"",
                app.get("/api/datasets/" + id + ".csv").header("Content-Disposition"), "and the points themselves");
        var again = app.post("/api/datasets?name=other.csv", "text/csv", PointsCsv.write(xor));
        assertEquals(name, JSON.readTree(again.body()).get("name").asText(), "the same points keep the first name");
        assertEquals("These points were uploaded before as “" + name + "”, and keep that name: the same points have"
                + " one id, so one name.", JSON.readTree(again.body()).get("notes").get(0).asText(), "and are told so");
        var same = app.post("/api/datasets?name=" + URLEncoder.encode(name, UTF_8), "text/csv", PointsCsv.write(xor));
        assertEquals("[]", JSON.readTree(same.body()).get("notes").toString(), "nothing to say under the same name");

        String escaped = "week 3 &lt;xor&gt; &amp; co.csv";
        String html = app.get("/?dataset=custom:" + id + "&iterations=60").body();
        String headline = "uploaded data “" + escaped + "” (" + id.substring(0, 6) + "…, 40 points) · hidden 4 · tanh";
        assertTrue(html.contains("<h1 class=\"headline\" id=\"headline\">" + headline), html.substring(0, 2000));
        assertTrue(html.contains("selected>“" + escaped + "”</option>"), "the Dataset field names it too");
        assertTrue(html.contains(">the points of the uploaded file “" + escaped + "”</small>"), "in full under it, where a narrow field cuts it");
        String compare = app.get("/compare?dataset=custom:" + id + "&iterations=60&vary=hidden:2,4").body();
        assertTrue(compare.contains("Hidden units per layer = 2, 4 · uploaded data “" + escaped + "” ("), compare.substring(0, 2000));
        String byDataset = app.get("/compare?iterations=60&vary=dataset:flower,custom:" + id + "&static=1").body();
        String shown = "“" + escaped + "” (" + id.substring(0, 6) + "…)";
        assertTrue(byDataset.contains(" = flower, " + shown + " · 400 points for generated data · hidden 4"),
                "compared by dataset, the headline names it, and its count is not the generated ones': "
                + byDataset.substring(0, 2000));
        assertTrue(byDataset.contains(">" + shown + "</a>"), "so does its row, linking to its run");
        String other = upload(PointsCsv.write(DatasetKind.MOONS.generate(60, 0.1, 7))).get("id").asText();
        String uploadsOnly = app.get("/compare?iterations=60&vary=dataset:custom:" + id + ",custom:" + other + "&static=1").body();
        assertTrue(uploadsOnly.contains(shown + ", uploaded data (" + other.substring(0, 6) + "…) · hidden 4"),
                "uploads alone: no generated count at all, and an upload without a name by its digits");
        JsonNode data = JSON.readTree(Html.matches(byDataset, "id=\"page-data\">([^<]*)<").get(0));
        assertEquals("custom:" + id, data.get("values").get(1).asText(), "the value itself stays in the page's data");
        assertEquals("“" + name + "” (" + id.substring(0, 6) + "…)", data.get("shown").get(1).asText());

        Dataset circles = DatasetKind.CIRCLES.generate(40, 0.1, 7);
        for (String bad : List.of("x".repeat(121), "two\nlines.csv", "two\u2028lines.csv", "two\u2029paragraphs.csv")) {
            var refused = app.post("/api/datasets?name=" + URLEncoder.encode(bad, UTF_8), "text/csv", PointsCsv.write(circles));
            assertEquals(400, refused.status(), refused.body());
            assertTrue(JSON.readTree(refused.body()).get("errors").has("name"), refused.body());
        }
        var misspelt = app.post("/api/datasets?nmae=circles.csv", "text/csv", PointsCsv.write(circles));
        assertEquals(400, misspelt.status(), "a misspelt key would lose the name for good: " + misspelt.body());
        assertTrue(JSON.readTree(misspelt.body()).get("errors").get("nmae").asText().contains("takes name"), misspelt.body());
        var twice = app.post("/api/datasets?name=a.csv&name=b.csv", "text/csv", PointsCsv.write(circles));
        assertEquals("is given more than once", JSON.readTree(twice.body()).get("errors").get("name").asText(), twice.body());
        assertEquals(404, app.get("/api/datasets/" + DatasetId.of(circles) + ".csv").status(), "nothing stored");
    }

    /**
     * Another site can't upload through a visitor's browser (a form posts text/plain without asking first), on that
     * visitor's budget: a foreign or opaque Origin, or a request the browser marks cross-site, is a 403 naming origin,
     * and nothing is stored; this site's pages and clients sending no Origin upload as before.
     */
    @Test
    void uploadsFromAnotherSiteAreRefused() throws Exception {
        String csv = PointsCsv.write(DatasetKind.GAUSSIANS.generate(30, 0.1, 17));
        String id = DatasetId.of(PointsCsv.read(csv));
        for (String[] header : List.of(new String[] {"Origin", "https://elsewhere.example"}, new String[] {"Origin", "null"},
                new String[] {"Sec-Fetch-Site", "cross-site"})) {
            var refused = app.send(app.request("/api/datasets").header("Content-Type", "text/plain").header(header[0], header[1])
                    .POST(java.net.http.HttpRequest.BodyPublishers.ofString(csv)));
            assertEquals(403, refused.status(), header[0] + ": " + header[1]);
            assertEquals("uploads are accepted from this site's own pages only",
                    JSON.readTree(refused.body()).get("errors").get("origin").asText());
        }
        assertEquals(404, app.get("/api/datasets/" + id + ".csv").status(), "nothing stored");
        var own = app.send(app.request("/api/datasets").header("Content-Type", "text/csv")
                .header("Origin", app.base()).POST(java.net.http.HttpRequest.BodyPublishers.ofString(csv)));
        assertEquals(201, own.status(), own.body());
    }

    @Test
    void theLinkIsTheDefaultExperimentOnTheDataWithoutPointsOrNoise() throws Exception {
        String id = moonsId();
        JsonNode uploaded = upload(app.get("/api/datasets/" + id + ".csv").body());
        assertEquals(Experiment.DEFAULTS.link().replace("dataset=flower&points=400&noise=0.2&", "dataset=custom:" + id + "&"),
                uploaded.get("link").asText());
        JsonNode plain = json("/api/experiment?dataset=custom:" + id + "&iterations=60");
        JsonNode spelled = json("/api/experiment?dataset=custom:" + id + "&points=20&noise=0.9&iterations=60");
        assertEquals(plain.get("link"), spelled.get("link"));
        assertEquals(plain.get("final"), spelled.get("final"));
        assertEquals(plain.get("trainingMillis"), spelled.get("trainingMillis"), "one cache entry");
    }

    @Test
    void theLabPageRunsItWithPointsAndNoiseDisabled() throws Exception {
        String id = moonsId();
        var page = app.get("/?dataset=custom:" + id + "&iterations=60");
        assertEquals(200, page.status());
        assertTrue(page.body().matches("(?s).*<option[^>]*value=\"custom:" + id + "\"[^>]*selected.*"), "the select shows the upload");
        for (String key : List.of("points", "noise")) {
            assertTrue(page.body().matches("(?s).*<input id=\"" + key + "\"[^>]*disabled.*"), key + " is disabled");
        }
        assertTrue(page.body().contains("Changes nothing here: used only by the generated datasets"));
    }

    /**
     * On uploaded points the data seed only splits them: "New split" with a test share, no link without one (it
     * would change nothing); the datasets' comparison ends with the upload.
     */
    @Test
    void theLabPageOffersANewSplitOnlyWhereTheSeedCanChangeTheRunAndComparesTheUploadWithTheDatasets() throws Exception {
        String id = moonsId();
        String generated = app.get("/?iterations=60").body();
        assertTrue(generated.matches("(?s).*id=\"new-data-seed\"[^>]*>New data</a>.*"), "a generator: new points");
        String split = app.get("/?dataset=custom:" + id + "&testFraction=0.3&iterations=60").body();
        assertTrue(split.matches("(?s).*id=\"new-data-seed\"[^>]*>New split</a>.*"), "an upload with a test share");
        String whole = app.get("/?dataset=custom:" + id + "&iterations=60").body();
        assertFalse(whole.contains("id=\"new-data-seed\""), "an upload with nothing held out: the seed changes nothing");
        var link = java.util.regex.Pattern.compile("href=\"(/compare\\?[^\"]*)\">datasets</a>").matcher(whole);
        assertTrue(link.find(), "the lab links the datasets' comparison");
        String compare = link.group(1).replace("&amp;", "&");
        assertTrue(compare.contains("vary=dataset:flower,circles,moons,xor,gaussians,spiral,custom:" + id)
                && !compare.contains("dataset=custom:"), "the upload is a value compared, not the base: " + compare);
        String form = app.get(compare).body();
        assertTrue(form.matches("(?s).*<input id=\"points\"(?![^>]*disabled)[^>]*>.*"),
                "the generated datasets' points can be set there");
        assertEquals(json("/api/compare?" + compare.substring("/compare?".length())).get("runs").get(6).get("run").get("cost"),
                json("/api/experiment?dataset=custom:" + id + "&iterations=60").get("cost"), "the upload's run is its lab's");
    }

    @Test
    void aComparisonRunsTheUploadBesideAGenerator() throws Exception {
        String id = moonsId();
        JsonNode compare = json("/api/compare?iterations=300&vary=dataset:flower,custom:" + id);
        assertEquals("[\"flower\",\"custom:" + id + "\"]", compare.get("vary").get("values").toString());
        JsonNode alone = json("/api/experiment?dataset=custom:" + id + "&iterations=300");
        JsonNode second = compare.get("runs").get(1);
        assertEquals(alone.get("link"), second.get("link"));
        assertEquals(alone.get("cost"), second.get("run").get("cost"));
        assertNotEquals(alone.get("cost"), compare.get("runs").get(0).get("run").get("cost"));
        assertEquals(200, app.get("/compare?iterations=300&vary=dataset:flower,custom:" + id).status());
    }

    @Test
    void aSavedLinkAndTheExportsWorkOnUploadedData() throws Exception {
        String id = moonsId();
        String link = "/?dataset=custom:" + id + "&iterations=60";
        var saved = app.postJson("/api/saved", "{\"title\": \"My moons\", \"link\": \"" + link + "\"}");
        assertEquals(201, saved.status(), saved.body());
        var page = app.get(saved.header("Location"));
        assertEquals(200, page.status());
        assertTrue(page.body().contains("My moons"));
        JsonNode run = json("/api/experiment?dataset=custom:" + id + "&iterations=60");
        assertTrue(page.body().contains(run.get("link").asText().replace("&", "&amp;")), "the saved page shows the run");
        var series = app.get("/api/experiment.csv?dataset=custom:" + id + "&iterations=60");
        assertEquals(200, series.status());
        assertTrue(series.header("Content-Disposition").contains("shallow-lab-custom-" + id + "-tanh-4-series.csv"),
                series.header("Content-Disposition"));
        var data = app.get("/api/experiment/data.csv?dataset=custom:" + id + "&iterations=60");
        assertEquals(id, upload(data.body()).get("id").asText(), "its data exports as the same points");
    }

    @Test
    void anUnknownOrMalformedIdIsA400NamingDataset() throws Exception {
        var unknown = app.get("/api/experiment?dataset=custom:0123456789abcdef");
        assertEquals(400, unknown.status());
        assertTrue(JSON.readTree(unknown.body()).get("errors").get("dataset").asText()
                .startsWith("no uploaded dataset has the id 0123456789abcdef"), unknown.body());
        var malformed = app.get("/api/experiment?dataset=custom:nope");
        assertEquals(400, malformed.status());
        assertTrue(JSON.readTree(malformed.body()).get("errors").get("dataset").asText().contains("custom:<id>"));
        var page = app.get("/?dataset=custom:0123456789abcdef");
        assertEquals(400, page.status());
        assertTrue(page.body().contains("no uploaded dataset has the id 0123456789abcdef"), "said at the field");
        assertEquals(400, app.get("/api/compare?iterations=30&vary=dataset:flower,custom:0123456789abcdef").status());
    }

    @Test
    void aBadFileIsA400NamingTheLineAndAnUnknownCsvA404() throws Exception {
        var bad = app.post("/api/datasets", "text/csv", "x1,x2,label\r\n1,2,0\r\n1,2,7\r\n");
        assertEquals(400, bad.status());
        assertEquals("{\"errors\":{\"csv\":\"line 3: label must be 0 or 1, got '7'\"}}", bad.body());
        assertEquals(415, app.post("/api/datasets", "application/json", "{}").status());
        var missing = app.get("/api/datasets/0123456789abcdef.csv");
        assertEquals(404, missing.status());
        assertTrue(JSON.readTree(missing.body()).get("errors").has("id"), missing.body());
    }

    @Test
    void pastTheRowCapA400AndPastTheByteCapA413() throws Exception {
        StringBuilder rows = new StringBuilder("x1,x2,label\n");
        for (int i = 0; i <= 2000; i++) rows.append(i).append(",1,").append(i % 2).append('\n');
        var tooMany = app.post("/api/datasets", "text/csv", rows.toString());
        assertEquals(400, tooMany.status());
        assertTrue(tooMany.body().contains("line 2002: more than 2000 points"), tooMany.body());
        var tooBig = app.post("/api/datasets", "text/csv", "x1,x2,label\n" + "0.1,0.2,1\n".repeat(30_000));
        assertEquals(413, tooBig.status());
        assertTrue(tooBig.body().contains("\"csv\":\"the file is over 256 KB, the limit, and nothing of it was stored"),
                tooBig.body());
        // Sent in chunks, without a declared length, the same file is refused by the bound that receives bodies
        // before the route: with the route's field and words, not "body".
        byte[] file = ("x1,x2,label\n" + "0.1,0.2,1\n".repeat(30_000)).getBytes(java.nio.charset.StandardCharsets.UTF_8);
        var chunked = app.send(app.request("/api/datasets").header("Content-Type", "text/csv").POST(
                java.net.http.HttpRequest.BodyPublishers.ofInputStream(() -> new java.io.ByteArrayInputStream(file))));
        assertEquals(413, chunked.status());
        assertEquals(JSON.readTree(tooBig.body()), JSON.readTree(chunked.body()), "the same answer as a declared length's");
    }
}
