package shallowlab.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.Page;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import shallowlab.RunningApp;

class LabPageE2ETest {
    static RunningApp app;
    static Browser browser;

    @BeforeAll
    static void start() {
        app = new RunningApp();
        browser = new Browser();
    }

    @AfterAll
    static void stop() {
        browser.close();
        app.close();
    }

    @Test
    void submittingTheFormDrawsTheChartWithoutScriptErrors() {
        Page page = browser.page(1280, 900);
        List<String> errors = new ArrayList<>();
        page.onPageError(errors::add);
        page.onConsoleMessage(m -> { if ("error".equals(m.type())) errors.add(m.text()); });
        page.onResponse(r -> { if (r.status() >= 400) errors.add(r.status() + " " + r.url()); });
        page.navigate(app.base() + "/");
        page.fill("input[name=points]", "200");
        page.click("#run");
        page.waitForURL(url -> url.contains("points=200"));
        page.waitForFunction("() => document.getElementById('cost-chart').dataset.drawn === 'true'");
        Browser.screenshot(page, "lab-desktop");
        assertEquals("200", page.inputValue("input[name=points]"));
        assertTrue(errors.isEmpty(), "script errors: " + errors);
        assertTrue(Files.exists(Browser.SCREENSHOTS.resolve("lab-desktop.png")));
    }
}
