package shallowlab.e2e;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.Page;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * axe-core (fetched by the build into target/npm) audits the lab, a comparison, a guide and a saved comparison,
 * the lab's summary of bad input, and runs opened from one guide and several: no violation of impact moderate or
 * above. The script goes in through evaluate, which the page's CSP allows.
 */
class AccessibilityE2ETest extends BrowserTest {
    static final Path AXE = Path.of("target", "npm", "node_modules", "axe-core", "axe.min.js");
    static String axe;

    @BeforeAll
    static void readAxe() throws IOException { axe = Files.readString(AXE); }

    /** The violations of impact moderate, serious or critical on the page at path, as "rule: targets". */
    static List<String> violations(String path, int width) {
        Page page = browser.page(width, 900);
        page.navigate(app.base() + path);
        PagesReadInColourAndGreyE2ETest.waitForDrawn(page);
        List<String> found = violations(page, path + " @" + width);
        page.context().close();
        return found;
    }

    /** The violations of impact moderate or above on the page as it is now, each as "where rule (impact): targets". */
    @SuppressWarnings("unchecked")
    static List<String> violations(Page page, String where) {
        if (axe == null) {
            try { readAxe(); } catch (IOException e) { throw new java.io.UncheckedIOException(e); }
        }
        page.evaluate(axe + "\n;0");
        var found = (List<Map<String, Object>>) page.evaluate("async () => (await axe.run()).violations"
                + ".filter(v => ['moderate', 'serious', 'critical'].includes(v.impact))"
                + ".map(v => ({ id: v.id, impact: v.impact, targets: v.nodes.slice(0, 5).map(n => n.target.join(' ')).join(', ') }))");
        return found.stream().map(v -> where + " " + v.get("id") + " (" + v.get("impact") + "): " + v.get("targets")).toList();
    }

    @Test
    void theMainPagesHaveNoModerateOrWorseViolations() {
        var saved = app.postForm("/x", "title=Two+sizes&note=See+the+cost.&link=%2Fcompare%3Fiterations%3D200%26vary%3Dhidden%3A1%2C2", null);
        List<String> all = new java.util.ArrayList<>();
        for (String path : List.of("/", "/?init=zeros&iterations=300&testFraction=0.2", "/compare?iterations=200&vary=hidden:1,2,3",
                "/learn/zero-init", saved.header("Location"), "/?learningRate=abc&testFraction=2&dataSeed=x",
                "/?iterations=1000", "/?activation=relu&learningRate=0.5")) {
            for (int width : new int[] {1280, 390}) all.addAll(violations(path, width));
        }
        assertTrue(all.isEmpty(), String.join("\n", all));
    }
}
