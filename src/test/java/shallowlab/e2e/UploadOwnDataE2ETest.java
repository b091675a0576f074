package shallowlab.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.FilePayload;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import shallowlab.data.Dataset;
import shallowlab.data.DatasetId;
import shallowlab.data.DatasetKind;
import shallowlab.data.PointsCsv;

/** "Use your own data" on the lab page: a chosen CSV opens the lab on it; a bad one is explained at the field. */
class UploadOwnDataE2ETest extends BrowserTest {

    static FilePayload csv(String name, String text) {
        return new FilePayload(name, "text/csv", text.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void aChosenCsvOpensTheLabOnItWithPointsAndNoiseDisabled() {
        Dataset moons = DatasetKind.MOONS.generate(200, 0.2, 11);
        Page page = browser.page(1280, 900);
        page.navigate(app.base() + "/?iterations=200&hidden=8&activation=relu");
        assertTrue(page.isVisible("#upload-file"), "the script shows the field");
        double input = page.locator("#upload-file").boundingBox().width, field = page.locator("#upload .field").boundingBox().width;
        assertEquals(field, input, 1, "the file input spans its field, so its file name is not cut to \"N…n\"");
        page.setInputFiles("#upload-file", csv("moons.csv", PointsCsv.write(moons)));
        page.waitForURL(url -> url.contains("dataset=custom:"));
        assertTrue(page.url().contains("hidden=8") && page.url().contains("activation=relu"),
                "the learner's other settings stay: " + page.url());
        page.waitForFunction("() => document.getElementById('boundary').dataset.drawn === 'true'");
        Browser.screenshot(page, "upload-desktop");
        assertEquals("custom:" + DatasetId.of(moons), page.inputValue("#dataset"));
        assertTrue(page.isDisabled("#points") && page.isDisabled("#noise"));
        assertTrue(page.textContent("#headline").startsWith("uploaded data “moons.csv” (" + DatasetId.of(moons).substring(0, 6)
                + "…, 200 points) · "), "named by its file, to tell uploads apart: " + page.textContent("#headline"));
        assertEquals("“moons.csv”", page.textContent("#dataset option:checked"));
        assertEquals("the points of the uploaded file “moons.csv”", page.textContent("#dataset-hint"));
        page.navigate(app.base() + "/?iterations=200");
        page.setInputFiles("#upload-file", csv("moons-copy.csv", PointsCsv.write(moons)));
        page.waitForURL(url -> url.contains("dataset=custom:"));
        assertEquals("These points were uploaded before as “moons.csv”, and keep that name: the same points have one id,"
                + " so one name.", page.textContent("#upload-note"), "the second name is not silently dropped");
    }

    /**
     * The lab's own data.csv carries a set column, which the upload does not use: the page it opens says so under its
     * headline, once, with the column's counts; a file without one gets no note.
     */
    @Test
    void aSetColumnNotUsedIsSaidUnderTheHeadlineOfThePageTheUploadOpens() {
        String data = app.get("/api/experiment/data.csv?dataset=moons&points=200&testFraction=0.25&dataSeed=8").body();
        assertTrue(data.startsWith("set,x1,x2,label"), data);
        for (int width : new int[] {1280, 390}) {
            Page page = browser.page(width, 900);
            page.navigate(app.base() + "/?iterations=200&testFraction=0.25");
            page.setInputFiles("#upload-file", csv("moons-data.csv", data));
            page.waitForURL(url -> url.contains("dataset=custom:"));
            page.waitForFunction("() => document.getElementById('boundary').dataset.drawn === 'true'");
            String note = page.textContent("#upload-note");
            assertTrue(note.startsWith("Your file's set column (150 train, 50 test) was not used: all 200 rows are points,"
                    + " and the Test share (testFraction) splits them."), note);
            assertEquals("upload-note", page.evaluate("() => document.getElementById('headline').nextElementSibling.id"),
                    "right under the headline, where the learner looks after the upload");
            assertTrue(page.textContent("#headline").startsWith("uploaded data “moons-data.csv” ("
                    + DrawOwnDataE2ETest.datasetId(page.url()).substring(0, 6)
                    + "…, 200 points) · "), page.textContent("#headline"));
            Browser.screenshot(page, width == 390 ? "upload-set-column-phone" : "upload-set-column-desktop");
            List<String> violations = AccessibilityE2ETest.violations(page, "after an upload with a set column @" + width);
            assertTrue(violations.isEmpty(), String.join("\n", violations));
            page.reload();
            assertEquals(0, page.locator("#upload-note").count(), "said once, as the upload's answer");
            page.context().close();
        }
        Page page = browser.page(1280, 900);
        page.navigate(app.base() + "/?iterations=200");
        page.setInputFiles("#upload-file", csv("plain.csv", PointsCsv.write(DatasetKind.XOR.generate(40, 0.1, 13))));
        page.waitForURL(url -> url.contains("dataset=custom:"));
        page.waitForSelector("#headline");
        assertEquals(0, page.locator("#upload-note").count(), "nothing to say about a file without a set column");
    }

    /**
     * A teacher with several files switches between them in the Dataset field: each upload this browser made is
     * offered there again under "Your uploads", by its name, digits and count, and Run opens the lab on it.
     */
    @Test
    void theDatasetFieldOffersThisBrowsersUploadsAgain() {
        Dataset first = DatasetKind.MOONS.generate(60, 0.2, 21), second = DatasetKind.XOR.generate(40, 0.1, 21);
        Page page = browser.page(1280, 900);
        page.navigate(app.base() + "/?iterations=200");
        assertEquals(0, page.locator("#dataset optgroup").count(), "nothing uploaded yet");
        page.setInputFiles("#upload-file", csv("first.csv", PointsCsv.write(first)));
        page.waitForURL(url -> url.contains(DatasetId.of(first)));
        page.setInputFiles("#upload-file", csv("second.csv", PointsCsv.write(second)));
        page.waitForURL(url -> url.contains(DatasetId.of(second)));
        page.waitForSelector("#headline");
        assertEquals(List.of("custom:" + DatasetId.of(second), "custom:" + DatasetId.of(first)),
                page.locator("#dataset optgroup[label='Your uploads'] option").evaluateAll("os => os.map(o => o.value)"),
                "the page's own upload stands among them, the latest first, not offered twice");
        assertEquals("custom:" + DatasetId.of(second), page.inputValue("#dataset"), "and stays selected");
        assertEquals("“first.csv” (" + DatasetId.of(first).substring(0, 6) + "…, 60 points)",
                page.locator("#dataset optgroup[label='Your uploads'] option").nth(1).textContent());
        page.selectOption("#dataset", "custom:" + DatasetId.of(first));
        assertTrue(page.isDisabled("#points"), "an upload brings its own points");
        page.click("#run");
        page.waitForURL(url -> java.net.URLDecoder.decode(url, StandardCharsets.UTF_8).contains("dataset=custom:" + DatasetId.of(first)));
        assertTrue(page.textContent("#headline").startsWith("uploaded data “first.csv” ("), page.textContent("#headline"));
        assertTrue(page.url().contains("iterations=200"), "the other settings stay: " + page.url());
        page.navigate(app.base() + "/compare?iterations=200&vary=hidden:2,4");
        assertEquals(2, page.locator("#dataset optgroup option").count(), "the comparison's form offers them too");
        assertTrue(page.isHidden("#vary-uploads"), "uploads are values only when the dataset is varied");
        page.selectOption("#varyKey", "dataset");
        typeOver(page, "#varyValues", "moons");
        page.click("#vary-uploads button:has-text('“first.csv”')");
        page.click("#vary-uploads button:has-text('“second.csv”')");
        assertEquals("moons,custom:" + DatasetId.of(first) + ",custom:" + DatasetId.of(second), page.inputValue("#varyValues"),
                "each upload added by its whole id, which the page shows cut to six digits");
        page.click("#compare");
        page.waitForSelector("#headline");
        assertTrue(page.textContent("#headline").startsWith("Dataset = moons, “first.csv” ("), page.textContent("#headline"));
        page.context().close();
    }

    /**
     * On a comparison across datasets, a chosen file joins the values compared (it did nothing a learner could see:
     * it replaced the base's dataset, which every run of such a comparison replaces in turn); the page says so.
     */
    @Test
    void onAComparisonAcrossDatasetsAChosenFileJoinsTheValues() {
        Dataset mine = DatasetKind.SPIRAL.generate(80, 0.1, 31);
        Page page = browser.page(1280, 900);
        page.navigate(app.base() + "/compare?iterations=200&points=200&vary=dataset:flower,moons");
        page.waitForSelector("#headline");
        page.setInputFiles("#upload-file", csv("spiral.csv", PointsCsv.write(mine)));
        page.waitForURL(url -> url.contains(DatasetId.of(mine)));
        page.waitForSelector("#headline");
        String url = java.net.URLDecoder.decode(page.url(), StandardCharsets.UTF_8);
        assertTrue(url.contains("vary=dataset:flower,moons,custom:" + DatasetId.of(mine)), url);
        assertTrue(url.contains("dataset=flower") && url.contains("points=200"),
                "the base, and the points of the generated datasets, stay: " + url);
        assertTrue(page.textContent("#headline").startsWith("Dataset = flower, moons, “spiral.csv” ("), page.textContent("#headline"));
        assertEquals("“spiral.csv” joined the datasets compared; the base above, and the points and noise of the generated"
                + " datasets, stay as they were.", page.textContent("#upload-note"));
        page.context().close();
    }

    /** A title and a note typed into the Save box, not yet saved, are there again on the page the upload opens. */
    @Test
    void theSaveBoxKeepsWhatWasTypedThroughAnUpload() {
        Page page = browser.page(390, 844);
        page.navigate(app.base() + "/?iterations=200");
        page.click("#save summary");
        page.fill("#save-title", "Moons, my own");
        page.fill("#save-note", "Typed before the upload.");
        page.setInputFiles("#upload-file", csv("moons.csv", PointsCsv.write(DatasetKind.MOONS.generate(100, 0.2, 4))));
        page.waitForURL(url -> url.contains("dataset=custom:"));
        page.waitForSelector("#save-title");
        assertEquals("Moons, my own", page.inputValue("#save-title"));
        assertEquals("Typed before the upload.", page.inputValue("#save-note"));
        assertTrue(page.locator("#save").evaluate("d => d.open").equals(Boolean.TRUE), "the box is open, so it shows");
        Browser.screenshot(page, "upload-kept-save-box-phone");
        page.click("#save-button");
        page.waitForURL(url -> url.matches(".*/x/[A-Za-z0-9]{10}$"));
        assertEquals("Moons, my own", page.textContent("#saved-banner h1"), "saved on the uploaded points");
        assertTrue(page.textContent("#headline").startsWith("uploaded data “moons.csv” ("), page.textContent("#headline"));
        page.navigate(app.base() + "/?iterations=200");
        assertEquals("", page.inputValue("#save-title"), "carried once, not into every later page");
    }

    @Test
    void aBadFileSaysWhichLineAndWhyAtTheField() {
        Page page = browser.page(390, 844);
        page.navigate(app.base() + "/?iterations=200");
        String before = page.url();
        page.setInputFiles("#upload-file", csv("bad.csv", "x1,x2,label\n1,2,0\n1,2,7\n"));
        page.waitForSelector("#upload-error:not([hidden])");
        Browser.screenshot(page, "upload-refused-phone");
        assertEquals("bad.csv: line 3: label must be 0 or 1, got '7'", page.textContent("#upload-error"),
                "named, as the field no longer shows the file");
        assertEquals(before, page.url(), "nothing was opened");
        assertEquals("", page.inputValue("#upload-file"), "the mended file, chosen again, is a change again");
    }

    /** "1e" in a number field would be carried empty to the points' page and refused there, the text lost. */
    @Test
    void aNumberTheBrowserCannotReadStopsTheUploadAtItsField() {
        Page page = browser.page(1280, 900);
        page.navigate(app.base() + "/?iterations=200");
        String before = page.url();
        typeOver(page, "#learningRate", "1e");
        page.setInputFiles("#upload-file", csv("xor.csv", PointsCsv.write(DatasetKind.XOR.generate(40, 0.1, 3))));
        page.waitForSelector("#learningRate-error");
        assertTrue(page.textContent("#learningRate-error").contains("is not a number as typed"));
        assertEquals(before, page.url(), "nothing was opened");
        assertEquals(true, page.evaluate("() => document.getElementById('learningRate').validity.badInput"), "the text kept");
        page.keyboard().press("Backspace");   // "1" reads: the same file chosen again now opens the lab on it
        page.setInputFiles("#upload-file", csv("xor.csv", PointsCsv.write(DatasetKind.XOR.generate(40, 0.1, 3))));
        page.waitForURL(url -> url.contains("dataset=custom"));
        assertTrue(page.url().contains("learningRate=1&"), page.url());
    }

    @Test
    void withoutJavaScriptTheUploadFieldIsNotOffered() {
        Page page = browser.context(1280, 900, false).newPage();
        page.navigate(app.base() + "/?iterations=200");
        assertFalse(page.isVisible("#upload-file"));
    }
}
