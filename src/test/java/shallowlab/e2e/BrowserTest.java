package shallowlab.e2e;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import shallowlab.AppTest;

/** A test class that drives one real app with one headless Chromium. */
abstract class BrowserTest extends AppTest {
    static Browser browser;

    @BeforeAll
    static void startBrowser() { browser = new Browser(); }

    @AfterAll
    static void stopBrowser() { browser.close(); }

    /** Types {@code text} over what the field holds, as a learner does (keys, so a number field can hold "1e"). */
    static void typeOver(com.microsoft.playwright.Page page, String selector, String text) {
        page.focus(selector);
        page.keyboard().press("Control+A");
        page.keyboard().type(text);
    }
}
