package shallowlab.web.learn;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import io.javalin.router.JavalinDefaultRoutingApi;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import shallowlab.guide.Guide;
import shallowlab.guide.GuideService;
import shallowlab.guide.Guides;
import shallowlab.web.Controller;
import shallowlab.web.PageData;
import shallowlab.web.lab.Preset;

/**
 * The Learn section: {@code GET /learn} lists the guides with their outcomes; {@code GET /learn/{slug}} shows one,
 * with its trials run and measured. An unknown slug gets a friendly 404 page that lists the guides.
 */
public final class GuideController implements Controller {
    static final String INDEX = "guides/index";
    static final String NOT_FOUND = "guides/not-found";
    private final GuideService guides;

    public GuideController(GuideService guides) { this.guides = guides; }

    @Override
    public void register(JavalinDefaultRoutingApi routes) {
        routes.get("/learn", this::index);
        routes.get("/learn/{slug}", this::show);
        // "guides" is what the pages call them: an address typed that way finds them (a permanent redirect).
        routes.get("/guides", ctx -> ctx.redirect("/learn", HttpStatus.MOVED_PERMANENTLY));
        routes.get("/guides/{slug}", ctx -> ctx.redirect("/learn/" + java.net.URLEncoder.encode(ctx.pathParam("slug"),
                java.nio.charset.StandardCharsets.UTF_8), HttpStatus.MOVED_PERMANENTLY));
    }

    void index(Context ctx) {
        ctx.render(INDEX, Map.of("guides", Guides.ALL));
    }

    /** The lab's presets' links by name, for a guide that sends the learner to one ({@code ${presets['…']}}). */
    private static final Map<String, String> PRESETS = Preset.ALL.stream()
            .collect(java.util.stream.Collectors.toUnmodifiableMap(Preset::name, Preset::href));

    void show(Context ctx) {
        Optional<Guide> found = Guides.bySlug(ctx.pathParam("slug"));
        if (found.isEmpty()) {
            ctx.status(HttpStatus.NOT_FOUND).render(NOT_FOUND, Map.of("guides", Guides.ALL));
            return;
        }
        Guide guide = found.get();
        GuideService.View view = guides.view(guide);
        Map<String, Object> model = new HashMap<>();
        model.put("guide", guide);
        model.put("view", view);
        model.put("previous", neighbour(guide, -1));
        model.put("next", neighbour(guide, +1));
        model.put("pageData", PageData.toJson(Map.of("plots", view.plots())));
        model.put("presets", PRESETS);
        ctx.render(guide.template(), model);
    }

    /** The guide before (-1) or after (+1) this one in the course's order, or null. */
    private static Guide neighbour(Guide guide, int offset) {
        List<Guide> all = Guides.ALL;
        int i = all.indexOf(guide) + offset;
        return i >= 0 && i < all.size() ? all.get(i) : null;
    }
}
