package shallowlab.e2e;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;

/** In the browser, an inactive field follows the select it depends on, and the form submits the canonical link. */
class InactiveFieldsE2ETest extends BrowserTest {
    @Test
    void choosingLeakyReluEnablesTheLeakAndTheSubmittedLinkCarriesIt() {
        Page page = browser.page(1280, 900);
        page.navigate(app.base() + "/?iterations=20");
        assertTrue(page.isDisabled("#leak"), "tanh reads no leak");
        assertTrue(page.isVisible("#leak-inactive"));
        page.selectOption("#activation", "leaky_relu");
        assertFalse(page.isDisabled("#leak"));
        assertFalse(page.isVisible("#leak-inactive"));
        page.fill("#leak", "0.2");
        page.selectOption("#init", "xavier");
        assertTrue(page.isDisabled("#initScale"), "xavier sets its own scale");
        page.click("#run");
        page.waitForURL(url -> url.contains("activation=leaky_relu"));
        assertTrue(page.url().contains("leak=0.2"), page.url());
        assertFalse(page.url().contains("initScale="), page.url());
    }
}
