package shallowlab.e2e;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.Page;
import java.util.List;
import org.junit.jupiter.api.Test;
import shallowlab.web.lab.Preset;

/** Every preset opened at laptop and phone width: drawn without script errors, screenshots kept for review. */
class PresetScreenshotsE2ETest extends BrowserTest {
    @Test
    void everyPresetDrawsAtBothWidths() {
        for (Preset preset : Preset.ALL) {
            String name = preset.name().toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]+", "-");
            for (int width : new int[] {1280, 390}) {
                Page page = browser.page(width, 900);
                List<String> problems = LabPageE2ETest.problems(page);
                page.navigate(app.base() + preset.href());
                PagesReadInColourAndGreyE2ETest.waitForDrawn(page);
                assertTrue(problems.isEmpty(), preset.name() + " at " + width + " px: " + problems);
                if (preset.href().startsWith("/?")) {
                    assertTrue(page.isVisible("a[aria-current='page']"), preset.name() + " is marked as the active preset");
                }
                Browser.screenshot(page, "preset-" + name + "-" + (width == 390 ? "phone" : "desktop"));
                page.context().close();
            }
        }
    }
}
