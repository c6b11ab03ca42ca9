package org.jumelage.notifications.internal;

import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.jumelage.notifications.RenderedMail;
import org.jumelage.shared.i18n.Languages;
import org.jumelage.shared.i18n.TranslationProvider;
import org.springframework.context.MessageSource;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.NoSuchMessageException;
import org.springframework.stereotype.Component;
import org.thymeleaf.context.Context;
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
        engine.setTemplateEngineMessageSource(new TranslationMessageSource(translations));
        // Model values are data, never expressions: no SpEL compilation of untrusted text happens,
        // and every value is written with th:text / [[...]] (escaped in HTML).
        engine.setEnableSpringELCompiler(false);
    }

    private static ClassLoaderTemplateResolver resolver(String pattern, TemplateMode mode, int order) {
        ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver(MailRenderer.class.getClassLoader());
        resolver.setPrefix(PREFIX);
        resolver.setResolvablePatterns(Set.of(pattern));
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

    /** Template names come from stored messages: only known, plain names are used. */
    private static void checkName(String template) {
        if (template == null || !TEMPLATE_NAME.matcher(template).matches()) {
            throw new IllegalArgumentException("Invalid mail template name: " + template);
        }
        ClassLoader loader = MailRenderer.class.getClassLoader();
        if (loader.getResource(PREFIX + template + ".html") == null || loader.getResource(PREFIX + template + ".txt") == null) {
            throw new IllegalArgumentException("Unknown mail template: " + template);
        }
    }

    /**
     * {@code #{key(params)}} in mail templates, from the application's translation bundle with the
     * same formatting rules as the screens (apostrophes are text, a missing key shows as !{key}!).
     */
    private static final class TranslationMessageSource implements MessageSource {

        private final TranslationProvider translations;

        TranslationMessageSource(TranslationProvider translations) {
            this.translations = translations;
        }

        @Override
        public String getMessage(String code, Object[] args, String defaultMessage, Locale locale) {
            return getMessage(code, args, locale);
        }

        @Override
        public String getMessage(String code, Object[] args, Locale locale) {
            return translations.getTranslation(code, locale, args == null ? new Object[0] : args);
        }

        @Override
        public String getMessage(MessageSourceResolvable resolvable, Locale locale) {
            String[] codes = resolvable.getCodes();
            if (codes == null || codes.length == 0) {
                throw new NoSuchMessageException("", locale);
            }
            return getMessage(codes[0], resolvable.getArguments(), locale);
        }
    }
}
