package shallowlab.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;

/** Saving from the lab page in a browser: a short link that shows the run under its title and note. */
class SaveExperimentE2ETest extends BrowserTest {

    @Test
    void aSavedRunOpensFromItsShortLinkWithItsTitleAndTheSameNumbers() {
        Page page = browser.page(1280, 900);
        page.navigate(app.base() + "/?init=zeros&iterations=500");
        page.waitForFunction("() => document.getElementById('cost-chart').dataset.drawn === 'true'");
        String cost = page.textContent("#final-cost");
        page.click("#save summary");
        page.fill("#save-title", "Zero init: nothing moves");
        page.fill("#save-note", "The cost stays at log 2 and the units stay one.");
        page.click("#save-button");
        page.waitForURL(url -> url.matches(".*/x/[A-Za-z0-9]{10}$"));
        page.waitForFunction("() => document.getElementById('cost-chart').dataset.drawn === 'true'");
        Browser.screenshot(page, "saved-desktop");
        assertEquals("Zero init: nothing moves", page.textContent("#saved-banner h1"));
        assertEquals(cost, page.textContent("#final-cost"));

        Page phone = browser.page(390, 844);
        phone.navigate(page.url());
        phone.waitForFunction("() => document.getElementById('boundary').dataset.drawn === 'true'");
        Browser.screenshot(phone, "saved-phone");
        page.navigate(app.base() + "/saved");
        Browser.screenshot(page, "saved-list-desktop");
        assertTrue(page.textContent("#saved-list").contains("Zero init: nothing moves"), "listed to the browser that saved it");
        phone.navigate(app.base() + "/saved");
        Browser.screenshot(phone, "saved-list-phone");
        assertFalse(phone.textContent("main").contains("Zero init: nothing moves"), "another browser's list is its own");
    }

    @Test
    void aSaveWithoutTitleKeepsTheNote() {
        Page page = browser.page(1280, 900);
        page.navigate(app.base() + "/?iterations=200");
        page.click("#save summary");
        page.fill("#save-note", "a note worth keeping");
        page.evaluate("() => document.getElementById('save-title').removeAttribute('required')");
        page.click("#save-button");
        page.waitForSelector("#title-error");
        Browser.screenshot(page, "save-refused");
        assertEquals("a note worth keeping", page.inputValue("#save-note"));
        assertEquals("save-title", page.evaluate("() => document.activeElement.id"), "the refused field has the focus");
        assertEquals("title-error", page.getAttribute("#save-title", "aria-describedby"));
    }

    /** A refused save gives the typed title back (the page's own title once took its place in the box). */
    @Test
    void aRefusedSaveKeepsTheTypedTitle() {
        Page page = browser.page(1280, 900);
        page.navigate(app.base() + "/?iterations=200");
        page.click("#save summary");
        page.fill("#save-title", "   ");   // only spaces: refused at the title
        page.fill("#save-note", "kept too");
        page.evaluate("() => document.getElementById('save-title').removeAttribute('required')");
        page.click("#save-button");
        page.waitForSelector("#title-error");
        assertEquals("   ", page.inputValue("#save-title"));
    }
}
