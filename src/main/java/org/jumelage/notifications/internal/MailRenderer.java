package org.jumelage.notifications.internal;

import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

import org.jumelage.notifications.RenderedMail;
import org.jumelage.shared.i18n.Languages;
import org.jumelage.shared.i18n.TranslationProvider;
import org.springframework.stereotype.Component;
import org.thymeleaf.context.Context;
import org.thymeleaf.context.ITemplateContext;
import org.thymeleaf.messageresolver.AbstractMessageResolver;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

/**
 * Turns an outbox message into the mail its recipient reads, from the Thymeleaf templates
 * {@code templates/mail/<name>.html} and {@code <name>.txt}, with texts from the translation bundle
 * in the message's language.
 * <p>
 * The engine is private to this class, not a bean: a {@code SpringTemplateEngine} bean would make
 * Boot's auto-configured engine (and its web view resolution) back off.
 */
@Component
public class MailRenderer {

    private static final Pattern TEMPLATE_NAME = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    static final String PREFIX = "templates/mail/";

    private final SpringTemplateEngine engine = new SpringTemplateEngine();
    private final TranslationProvider translations;

    public MailRenderer(TranslationProvider translations) {
        this.translations = translations;
        engine.addTemplateResolver(resolver("*.html", TemplateMode.HTML, 1));
        engine.addTemplateResolver(resolver("*.txt", TemplateMode.TEXT, 2));
        engine.setMessageResolver(new TranslationMessageResolver(translations));
        // Model values are data, never expressions: no SpEL compilation of untrusted text happens,
        // and every value is written with th:text / [[...]] (escaped in HTML).
        engine.setEnableSpringELCompiler(false);
    }

    private static ClassLoaderTemplateResolver resolver(String pattern, TemplateMode mode, int order) {
        ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver(MailRenderer.class.getClassLoader());
        resolver.setPrefix(PREFIX);
        resolver.setResolvablePatterns(java.util.Set.of(pattern));
        resolver.setTemplateMode(mode);
        resolver.setCharacterEncoding("UTF-8");
        resolver.setCheckExistence(true);
        resolver.setCacheable(true);
        resolver.setOrder(order);
        return resolver;
    }

    /** Renders a template; throws {@link IllegalArgumentException} for an unknown template name. */
    public RenderedMail render(String template, Locale language, Map<String, Object> model) {
        checkName(template);
        Locale locale = Languages.normalise(language);
        String subject = subject(template, locale);
        Context context = new Context(locale);
        context.setVariables(model);
        context.setVariable("subject", subject);
        String text = engine.process(template + ".txt", context);
        String html = engine.process(template + ".html", context);
        return new RenderedMail(subject, text, html);
    }

    /** The subject line alone (subjects take no model values). */
    public String subject(String template, Locale language) {
        checkName(template);
        return translations.getTranslation("mail." + template + ".subject", Languages.normalise(language));
    }

    private static void checkName(String template) {
        if (template == null || !TEMPLATE_NAME.matcher(template).matches()) {
            throw new IllegalArgumentException("Invalid mail template name: " + template);
        }
    }

    /** {@code #{key(params)}} in mail templates, from the application's translation bundle. */
    private static final class TranslationMessageResolver extends AbstractMessageResolver {

        private final TranslationProvider translations;

        TranslationMessageResolver(TranslationProvider translations) {
            this.translations = translations;
            setName("translations");
        }

        @Override
        public String resolveMessage(ITemplateContext context, Class<?> origin, String key, Object[] params) {
            return translations.getTranslation(key, context.getLocale(), params == null ? new Object[0] : params);
        }

        @Override
        public String createAbsentMessageRepresentation(ITemplateContext context, Class<?> origin, String key,
                Object[] params) {
            return "!{" + key + "}!";
        }
    }
}
