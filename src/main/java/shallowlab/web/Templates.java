package shallowlab.web;

import io.javalin.http.Context;
import java.util.Map;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.AbstractConfigurableTemplateResolver;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;
import org.thymeleaf.templateresolver.FileTemplateResolver;

/**
 * Thymeleaf behind Javalin's FileRenderer: "lab" renders templates/lab.html. Every page also gets {@code chartJs}, the
 * path of the Chart.js script ({@link ChartJs#PATH}), and {@code savesTemporary}; its references to the app's static
 * files are fingerprinted ({@link Assets}).
 */
public final class Templates {
    private final TemplateEngine engine;
    private final boolean savesTemporary;
    private final Assets assets;

    private Templates(TemplateEngine engine, boolean savesTemporary, Assets assets) {
        this.engine = engine;
        this.savesTemporary = savesTemporary;
        this.assets = assets;
    }

    /** In dev the templates are read from ./templates on every request; otherwise from the jar, cached. */
    public static Templates create(boolean dev) { return create(dev, false); }

    /** As {@link #create(boolean)}; every page also gets {@code savesTemporary} (the save form says so). */
    public static Templates create(boolean dev, boolean savesTemporary) {
        AbstractConfigurableTemplateResolver resolver = dev ? new FileTemplateResolver() : new ClassLoaderTemplateResolver();
        resolver.setPrefix("templates/");
        resolver.setSuffix(".html");
        resolver.setTemplateMode(TemplateMode.HTML);
        resolver.setCharacterEncoding("UTF-8");
        resolver.setCacheable(!dev);
        var engine = new TemplateEngine();
        engine.setTemplateResolver(resolver);
        return new Templates(engine, savesTemporary, new Assets(dev));
    }

    public String render(String template, Map<String, ?> model, Context ctx) {
        var context = new org.thymeleaf.context.Context();
        context.setVariable("chartJs", ChartJs.PATH);
        context.setVariable("savesTemporary", savesTemporary);
        model.forEach(context::setVariable);
        return assets.fingerprint(engine.process(template, context));
    }
}
