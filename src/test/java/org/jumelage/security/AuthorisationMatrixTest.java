package org.jumelage.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;

import org.jumelage.accounts.ui.LoginView;
import org.jumelage.support.IntegrationTestBase;
import org.jumelage.shared.i18n.TranslationProvider;
import org.jumelage.shared.validation.RefusalException;
import org.jumelage.ui.AccessDeniedView;
import org.jumelage.ui.NotFoundView;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.util.ClassUtils;

import com.github.mvysny.fakeservlet.FakeRequest;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.Routes;
import com.github.mvysny.kaributesting.v10.spring.MockSpringServlet;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaMethodCall;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinServletRequest;
import com.vaadin.flow.server.auth.AnonymousAllowed;

/**
 * The authorisation matrix ({@value Matrix#RESOURCE}) against what the application enforces. Every Vaadin
 * route is opened in Karibu as each actor through Vaadin's navigation access control; every public method
 * of every Spring bean in a module's API packages is called as each actor with records owned by one
 * organisation, firm and volunteer. A route or method the matrix does not name, or a row that names
 * nothing, fails with the row to add or remove.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AuthorisationMatrixTest extends IntegrationTestBase {

    /** Refusal messages that mean "not yours / not for you" rather than "this input is wrong". */
    static final Pattern ACCESS_REFUSAL = Pattern.compile(
            ".*\\.(notFound|notAllowed|notYours|notOwner|notMember|administratorOnly|otherAddress|notOsblAccount)$");

    @Autowired
    ApplicationContext context;
    @Autowired
    TranslationProvider translations;

    private World world;

    @AfterEach
    void tearDownVaadin() {
        MockVaadin.tearDown();
        SecurityContextHolder.clearContext();
    }

    World world() {
        if (world == null) {
            world = new World(this);
        }
        return world;
    }

    // --- routes --------------------------------------------------------------------------------------

    @Test
    void every_route_opens_only_for_the_actors_the_matrix_allows() {
        Matrix matrix = Matrix.load();
        Map<String, Class<? extends Component>> routes = routes();
        List<String> problems = new ArrayList<>(coverage("route", routes.keySet(), matrix.routes().keySet(),
                path -> Matrix.template("route", path, routes.get(path).getSimpleName() + " ("
                        + routeHint(routes.get(path)) + "; set each actor's cell)"), routes));
        World w = world();
        Set<String> refusals = refusalTexts();
        for (Actor actor : Actor.values()) {
            MockVaadin.setup(UI::new, new MockSpringServlet(new Routes(new LinkedHashSet<>(routes.values()),
                    Set.of(AccessDeniedView.class, NotFoundView.class), true), context, UI::new));
            UI.getCurrent().setLocale(Locale.FRENCH);
            w.signInAs(actor);
            carryAuthenticationIntoTheRequest();
            for (Map.Entry<String, Class<? extends Component>> route : routes.entrySet()) {
                Matrix.Row row = matrix.routes().get(route.getKey());
                if (row == null) {
                    continue;
                }
                String url = w.url(route.getKey());
                String outcome = open(url, route.getValue(), refusals);
                boolean shown = outcome.equals("shown");
                if (shown != row.allows(actor)) {
                    problems.add("route " + route.getKey() + " (/" + url + ") as " + actor.column + ": matrix says "
                            + (row.allows(actor) ? "allowed" : "refused") + ", the application " + outcome);
                }
            }
            MockVaadin.tearDown();
        }
        assertThat(problems).as("Routes against %s (columns: %s)", Matrix.RESOURCE, Matrix.header()).isEmpty();
    }

    /** What the person sees after navigating: the view, the login page, a refusal page, or a refusal in the view. */
    private String open(String url, Class<? extends Component> view, Set<String> refusals) {
        try {
            UI.getCurrent().navigate(url);
        } catch (RuntimeException e) {
            Throwable cause = e;
            while (cause.getCause() != null && !(cause instanceof AccessDeniedException)
                    && !(cause instanceof RefusalException)) {
                cause = cause.getCause();
            }
            if (cause instanceof AccessDeniedException || cause instanceof AuthenticationException) {
                return "refused (service threw " + cause.getClass().getSimpleName() + " while building the view)";
            }
            return "failed with " + e;
        }
        Component shown = UI.getCurrent().getCurrentView();
        if (shown instanceof LoginView && view != LoginView.class) {
            return "sent to the login page";
        }
        if (shown instanceof AccessDeniedView || shown instanceof NotFoundView) {
            return "refused with " + shown.getClass().getSimpleName();
        }
        if (!view.isInstance(shown)) {
            return "showed " + shown.getClass().getSimpleName();
        }
        String text = shown.getElement().getTextRecursively();
        for (String refusal : refusals) {
            if (text.contains(refusal)) {
                return "showed the view with the refusal '" + refusal + "'";
            }
        }
        return "shown";
    }

    /** Vaadin's access control reads the person from the request, which a servlet filter fills in a real server. */
    private static void carryAuthenticationIntoTheRequest() {
        var auth = SecurityContextHolder.getContext().getAuthentication();
        jakarta.servlet.ServletRequest wrapped = ((VaadinServletRequest) VaadinRequest.getCurrent()).getHttpServletRequest();
        while (!(wrapped instanceof FakeRequest) && wrapped instanceof jakarta.servlet.ServletRequestWrapper wrapper) {
            wrapped = wrapper.getRequest();
        }
        FakeRequest request = (FakeRequest) wrapped;
        request.setUserPrincipalInt(auth);
        request.setUserInRole((principal, role) -> auth != null && auth.getAuthorities().stream()
                .anyMatch(a -> a.getAuthority().equals("ROLE_" + role)));
    }

    private Set<String> refusalTexts() {
        Set<String> texts = new TreeSet<>();
        for (String key : World.translationKeys()) {
            if (ACCESS_REFUSAL.matcher(key).matches()) {
                texts.add(translations.getTranslation(key, Locale.FRENCH));
            }
        }
        return texts;
    }

    @SuppressWarnings("unchecked")
    static Map<String, Class<? extends Component>> routes() {
        ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AnnotationTypeFilter(Route.class));
        Map<String, Class<? extends Component>> routes = new TreeMap<>();
        scanner.findCandidateComponents("org.jumelage").forEach(bean -> {
            Class<?> type = ClassUtils.resolveClassName(bean.getBeanClassName(), null);
            routes.put(type.getAnnotation(Route.class).value(), (Class<? extends Component>) type);
        });
        return routes;
    }

    // --- service methods ---------------------------------------------------------------------------------

    @Test
    void every_public_service_method_answers_only_the_actors_the_matrix_allows() {
        Matrix matrix = Matrix.load();
        Map<String, Method> methods = publicServiceMethods();
        Set<String> declared = new TreeSet<>(matrix.methods().keySet());
        declared.addAll(matrix.systemOnly().keySet());
        List<String> problems = new ArrayList<>(coverage("method", methods.keySet(), declared,
                signature -> Matrix.template("method", signature, hint(methods.get(signature))), Map.of()));
        World w = world();
        Map<String, Function<World, Object>> invokers = ServiceInvokers.all();
        for (String signature : matrix.methods().keySet()) {
            if (!methods.containsKey(signature)) {
                continue;
            }
            Function<World, Object> invoker = invokers.get(signature);
            if (invoker == null) {
                problems.add("no invoker for " + signature + ": add one to ServiceInvokers");
                continue;
            }
            Matrix.Row row = matrix.methods().get(signature);
            // Refused actors first, so that an allowed call cannot change what they are refused for.
            List<Actor> order = Arrays.stream(Actor.values()).sorted((a, b) -> Boolean.compare(row.allows(a),
                    row.allows(b))).toList();
            for (Actor actor : order) {
                String outcome = w.call(actor, invoker);
                boolean allowed = outcome.equals("answered");
                boolean refused = outcome.startsWith("refused");
                if (row.allows(actor) ? !allowed : !refused) {
                    problems.add(signature + " as " + actor.column + ": matrix says "
                            + (row.allows(actor) ? "allowed" : "refused") + ", the service " + outcome);
                }
            }
        }
        invokers.keySet().stream().filter(s -> !matrix.methods().containsKey(s))
                .forEach(s -> problems.add("invoker for " + s + " matches no method row: remove it"));
        assertThat(problems).as("Service methods against %s (columns: %s)", Matrix.RESOURCE, Matrix.header())
                .isEmpty();
    }

    /**
     * A method declared system-only has no check of who asks, so no view may call it: a view that did would
     * hand it to every visitor of that view.
     */
    @Test
    void no_view_calls_a_system_only_method() {
        Matrix matrix = Matrix.load();
        JavaClasses classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.jumelage");
        Set<String> problems = new TreeSet<>();
        classes.stream().filter(c -> c.getPackageName().contains(".ui")).forEach(view -> {
            for (JavaMethodCall call : view.getMethodCallsFromSelf()) {
                String signature = call.getTarget().getOwner().getSimpleName() + "#" + call.getTarget().getName() + "("
                        + call.getTarget().getRawParameterTypes().stream().map(t -> t.getSimpleName())
                                .collect(Collectors.joining(",")) + ")";
                if (matrix.systemOnly().containsKey(signature)) {
                    problems.add(view.getSimpleName() + " calls system-only " + signature
                            + ": check who asks in the method and make it a 'method' row");
                }
            }
        });
        assertThat(problems).isEmpty();
    }

    /**
     * Public methods of the application's beans whose class lives outside {@code internal} and {@code ui}
     * packages, and the methods of the API interfaces (outside those packages) that any bean implements:
     * an internal bean behind a public interface is reachable through it.
     */
    Map<String, Method> publicServiceMethods() {
        Map<String, Method> methods = new TreeMap<>();
        for (String name : context.getBeanDefinitionNames()) {
            Class<?> type = context.getType(name);
            if (type == null) {
                continue;
            }
            type = ClassUtils.getUserClass(type);
            // Configuration, properties and value beans (records) hold settings, not operations on data.
            if (isApi(type) && !type.isSynthetic() && !type.getName().contains("$$Lambda") && !type.isRecord()
                    && !AnnotatedElementUtils.hasAnnotation(type, Configuration.class)
                    && !AnnotatedElementUtils.hasAnnotation(type,
                            org.springframework.boot.context.properties.ConfigurationProperties.class)) {
                for (Method m : type.getDeclaredMethods()) {
                    if (Modifier.isPublic(m.getModifiers()) && !Modifier.isStatic(m.getModifiers()) && !m.isSynthetic()
                            && !m.isBridge() && !m.isAnnotationPresent(Bean.class)) {
                        methods.put(signature(m), m);
                    }
                }
            }
            for (Class<?> api : ClassUtils.getAllInterfacesForClassAsSet(type)) {
                if (isApi(api)) {
                    for (Method m : api.getDeclaredMethods()) {
                        if (!Modifier.isStatic(m.getModifiers()) && !m.isSynthetic()) {
                            methods.put(signature(m), m);
                        }
                    }
                }
            }
        }
        return methods;
    }

    /** A type of the application outside {@code internal} and {@code ui} packages (and outside the tests' own). */
    private static boolean isApi(Class<?> type) {
        String pkg = type.getPackageName();
        List<String> segments = Arrays.asList(pkg.split("\\."));
        return pkg.startsWith("org.jumelage.") && !pkg.startsWith("org.jumelage.support")
                && !pkg.startsWith("org.jumelage.security") && !segments.contains("internal") && !segments.contains("ui");
    }

    static String signature(Method m) {
        return m.getDeclaringClass().getSimpleName() + "#" + m.getName() + "("
                + Arrays.stream(m.getParameterTypes()).map(Class::getSimpleName).collect(Collectors.joining(",")) + ")";
    }

    /** What the method's annotations say, to help whoever writes the missing row. */
    static String hint(Method m) {
        if (m == null) {
            return "";
        }
        Class<?> type = m.getDeclaringClass();
        RolesAllowed roles = m.isAnnotationPresent(RolesAllowed.class) ? m.getAnnotation(RolesAllowed.class)
                : type.getAnnotation(RolesAllowed.class);
        PreAuthorize pre = m.isAnnotationPresent(PreAuthorize.class) ? m.getAnnotation(PreAuthorize.class)
                : type.getAnnotation(PreAuthorize.class);
        if (roles != null) {
            return "@RolesAllowed" + Arrays.toString(roles.value()) + " (set each actor's cell, or use a system row)";
        }
        if (pre != null) {
            return "@PreAuthorize(" + pre.value() + ") (set each actor's cell, or use a system row)";
        }
        if (m.isAnnotationPresent(PermitAll.class) || type.isAnnotationPresent(PermitAll.class)) {
            return "@PermitAll (set each actor's cell, or use a system row)";
        }
        return "no security annotation: 'system | <signature> | why no person calls it' if so";
    }

    /** Names missing from the matrix and rows naming nothing, each with what to do. */
    static <T> List<String> coverage(String kind, Set<String> actual, Set<String> declared,
            Function<String, String> template, Map<String, T> extra) {
        List<String> problems = new ArrayList<>();
        for (String name : actual) {
            if (!declared.contains(name)) {
                problems.add(kind + " " + name + (extra.containsKey(name) ? " (" + extra.get(name) + ")" : "")
                        + " is missing from the matrix; add the row:\n    " + template.apply(name));
            }
        }
        for (String name : declared) {
            if (!actual.contains(name)) {
                problems.add(kind + " " + name + " is declared in the matrix but no longer exists: remove its row");
            }
        }
        return problems;
    }

    private static String routeHint(Object view) {
        if (!(view instanceof Class<?> type)) {
            return "";
        }
        if (type.isAnnotationPresent(AnonymousAllowed.class)) {
            return "@AnonymousAllowed";
        }
        if (type.isAnnotationPresent(PermitAll.class)) {
            return "@PermitAll";
        }
        RolesAllowed roles = type.getAnnotation(RolesAllowed.class);
        return roles == null ? "no access annotation" : "@RolesAllowed" + Arrays.toString(roles.value());
    }

    static boolean isAccessRefusal(Throwable e) {
        String key = messageKey(e);
        return e instanceof AccessDeniedException || e instanceof AuthenticationException
                || (key != null && ACCESS_REFUSAL.matcher(key).matches());
    }

    /**
     * The translation key of a module's refusal: {@link RefusalException} and the modules' own exceptions
     * that predate it all answer {@code messageKey()}.
     */
    static String messageKey(Throwable e) {
        if (e instanceof RefusalException r) {
            return r.messageKey();
        }
        try {
            Method key = e.getClass().getMethod("messageKey");
            return key.getReturnType() == String.class ? (String) key.invoke(e) : null;
        } catch (ReflectiveOperationException notARefusal) {
            return null;
        }
    }
}
