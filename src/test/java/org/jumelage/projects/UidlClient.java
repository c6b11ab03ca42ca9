package org.jumelage.projects;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * One browser-like session against a running Vaadin Flow 24 application, without a browser: its own
 * cookie jar (so its own HTTP and Vaadin session), the Spring Security login form, and Vaadin's
 * client-server protocol (UIDL) spoken with plain HTTP requests, as the Flow client does:
 * <ol>
 * <li>a page load is {@code GET /route} (the bootstrap page), then {@code GET /?v-r=init&location=route}
 * which creates the UI and answers its configuration and first UIDL (the CSRF token of the UI is its
 * {@code Vaadin-Security-Key}), then the {@code ui-navigate} DOM event on the UI's root node, which
 * runs the navigation and attaches the route's view;</li>
 * <li>every later interaction is a {@code POST /?v-r=uidl&v-uiId=N} with a JSON body carrying
 * {@code csrfToken}, the last {@code syncId} received, the next {@code clientId} and {@code rpc}
 * invocations: {@code mSync} (a property the browser changed, e.g. a text field's {@code value}),
 * {@code event} (a DOM event such as {@code click}) or {@code publishedEventHandler} (a
 * {@code @ClientCallable} method, e.g. the grid's {@code setViewportRange}).</li>
 * </ol>
 * Node ids are found from the {@code id} attributes that the UIDL changes put on elements. Times are
 * measured from sending a request to having read its whole response.
 */
final class UidlClient {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern CONFIRM = Pattern.compile("\\$connector\\.confirm\\(");
    private static final Duration TIMEOUT = Duration.ofSeconds(120);

    private final String base;
    private final HttpClient http;

    UidlClient(String base) {
        this.base = base;
        this.http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(30)).build();
    }

    /** A request that failed or answered something a browser would show as an error. */
    static final class ProtocolException extends RuntimeException {
        ProtocolException(String message) {
            super(message);
        }
    }

    /** Signs in through the login form; true when the application accepted the password. */
    boolean signIn(String email, String password) {
        HttpResponse<String> page = get("/login");
        if (page.statusCode() != 200) {
            throw new ProtocolException("GET /login answered " + page.statusCode());
        }
        String form = "username=" + URLEncoder.encode(email, StandardCharsets.UTF_8) + "&password="
                + URLEncoder.encode(password, StandardCharsets.UTF_8);
        HttpResponse<String> response = send(HttpRequest.newBuilder(URI.create(base + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).timeout(TIMEOUT).build());
        String location = response.headers().firstValue("Location").orElse("");
        return response.statusCode() == 302 && !location.contains("error");
    }

    /** Loads a route as a browser does and returns its UI, with the view attached. */
    Ui open(String route) {
        HttpResponse<String> page = get("/" + route);
        if (page.statusCode() != 200) {
            throw new ProtocolException("GET /" + route + " answered " + page.statusCode());
        }
        HttpResponse<String> init = get("/?v-r=init&location=" + URLEncoder.encode(route, StandardCharsets.UTF_8)
                + "&query=");
        if (init.statusCode() != 200) {
            throw new ProtocolException("init of " + route + " answered " + init.statusCode());
        }
        JsonNode config = read(init.body()).path("appConfig");
        JsonNode uidl = config.path("uidl");
        if (uidl.isMissingNode() || !config.has("v-uiId")) {
            throw new ProtocolException("init of " + route + " has no UIDL: " + abbreviate(init.body()));
        }
        Ui ui = new Ui(config.path("v-uiId").asInt(), uidl.path("Vaadin-Security-Key").asText());
        ui.absorb(uidl);
        // The Flow client then fires "ui-navigate" on the UI's root node (node 1, the body), with the
        // event data the UI's listener asked for; the server runs the navigation and attaches the view.
        ObjectNode navigate = JSON.createObjectNode().put("type", "event").put("node", 1).put("event", "ui-navigate");
        ObjectNode data = navigate.putObject("data").put("route", route).put("query", "").put("appShellTitle", "")
                .put("trigger", "");
        data.putObject("historyState").put("idx", 0);
        ui.send(List.of(navigate));
        ui.pageResponse = ui.lastResponse;
        return ui;
    }

    private HttpResponse<String> get(String path) {
        return send(HttpRequest.newBuilder(URI.create(base + path)).GET().timeout(TIMEOUT).build());
    }

    private HttpResponse<String> send(HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new ProtocolException(request.uri() + ": " + e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ProtocolException("interrupted");
        }
    }

    private static JsonNode read(String body) {
        String json = body.startsWith("for(;;);") ? body.substring("for(;;);".length()) : body;
        try {
            JsonNode node = JSON.readTree(json);
            return node.isArray() && node.size() == 1 ? node.get(0) : node;
        } catch (IOException e) {
            throw new ProtocolException("not JSON: " + abbreviate(body));
        }
    }

    static String abbreviate(String text) {
        return text.length() <= 300 ? text : text.substring(0, 300) + "…";
    }

    /** One UI (a browser tab) of the session. */
    final class Ui {

        final int uiId;
        final String csrfToken;
        private int syncId = -1;
        private int clientId;
        private final Map<String, Integer> nodesById = new HashMap<>();
        private final List<ObjectNode> pendingConfirmations = new ArrayList<>();
        /** The latest UIDL answer, as text, for checks on what the page now shows. */
        String lastResponse = "";
        /** The answer to the navigation, with the view's elements. */
        String pageResponse = "";

        Ui(int uiId, String csrfToken) {
            this.uiId = uiId;
            this.csrfToken = csrfToken;
        }

        /** The state node of the element with this {@code id} attribute. */
        int node(String elementId) {
            Integer node = nodesById.get(elementId);
            if (node == null) {
                throw new ProtocolException("no element #" + elementId + " in UI " + uiId);
            }
            return node;
        }

        boolean has(String elementId) {
            return nodesById.containsKey(elementId);
        }

        /** Property changed in the browser, then the DOM event that synchronises it. */
        void type(String elementId, String property, Object value, String event) {
            int node = node(elementId);
            ObjectNode sync = JSON.createObjectNode().put("type", "mSync").put("node", node).put("feature", 1)
                    .put("property", property);
            sync.set("value", JSON.valueToTree(value));
            ObjectNode dom = JSON.createObjectNode().put("type", "event").put("node", node).put("event", event);
            dom.set("data", JSON.createObjectNode());
            send(List.of(sync, dom));
        }

        void click(String elementId) {
            ObjectNode click = JSON.createObjectNode().put("type", "event").put("node", node(elementId))
                    .put("event", "click");
            click.set("data", JSON.createObjectNode().put("event.shiftKey", false).put("event.metaKey", false)
                    .put("event.detail", 1).put("event.ctrlKey", false).put("event.altKey", false)
                    .put("event.button", 0));
            send(List.of(click));
        }

        /** A {@code @ClientCallable} method of the element with this id. */
        void call(String elementId, String method, Object... args) {
            call(node(elementId), method, args);
        }

        void call(int node, String method, Object... args) {
            ObjectNode rpc = JSON.createObjectNode().put("type", "publishedEventHandler").put("node", node)
                    .put("templateEventMethodName", method);
            ArrayNode list = rpc.putArray("templateEventMethodArgs");
            for (Object arg : args) {
                list.add(JSON.valueToTree(arg));
            }
            send(List.of(rpc));
        }

        /** Tells the server the page is left (the browser's unload beacon), so it can drop this UI. */
        void close() {
            ObjectNode body = JSON.createObjectNode().put("csrfToken", csrfToken).put("syncId", syncId)
                    .put("clientId", clientId).put("UNLOAD", true);
            body.putArray("rpc");
            post(body);
        }

        /** Sends RPC invocations; confirms grid updates the server asks to confirm, as the grid connector does. */
        JsonNode send(List<ObjectNode> invocations) {
            ObjectNode body = JSON.createObjectNode().put("csrfToken", csrfToken).put("syncId", syncId)
                    .put("clientId", clientId);
            ArrayNode rpc = body.putArray("rpc");
            invocations.forEach(rpc::add);
            HttpResponse<String> response = post(body);
            if (response.statusCode() != 200) {
                throw new ProtocolException("UIDL answered " + response.statusCode() + ": "
                        + abbreviate(response.body()));
            }
            JsonNode uidl = read(response.body());
            lastResponse = response.body();
            if (Boolean.getBoolean("load.trace")) {
                System.out.println("[uidl " + uiId + "] > " + body + "\n[uidl " + uiId + "] < " + abbreviate(lastResponse));
            }
            if (uidl.has("meta") && (uidl.path("meta").has("sessionExpired") || uidl.path("meta").has("appError"))) {
                throw new ProtocolException("UIDL meta: " + uidl.path("meta"));
            }
            if (uidl.has("resynchronize") || !uidl.has("syncId")) {
                throw new ProtocolException("unexpected UIDL: " + abbreviate(response.body()));
            }
            absorb(uidl);
            return uidl;
        }

        private HttpResponse<String> post(ObjectNode body) {
            return UidlClient.this.send(HttpRequest.newBuilder(URI.create(base + "/?v-r=uidl&v-uiId=" + uiId))
                    .header("Content-Type", "application/json; charset=UTF-8")
                    .POST(HttpRequest.BodyPublishers.ofString(body.toString())).timeout(TIMEOUT).build());
        }

        /**
         * Sends the confirmations of data updates that the last answers asked for, as the grid and combo
         * box connectors do right after rendering the data. Not part of an action's time: the person
         * already sees the data.
         */
        void flush() {
            if (!pendingConfirmations.isEmpty()) {
                List<ObjectNode> batch = new ArrayList<>(pendingConfirmations);
                pendingConfirmations.clear();
                send(batch);
            }
        }

        /** Reads ids, counters and grid confirmations from a UIDL answer. */
        void absorb(JsonNode uidl) {
            if (uidl.has("syncId")) {
                syncId = uidl.path("syncId").asInt();
            }
            if (uidl.has("clientId")) {
                clientId = uidl.path("clientId").asInt();
            }
            for (JsonNode change : uidl.path("changes")) {
                if ("put".equals(change.path("type").asText()) && "id".equals(change.path("key").asText())
                        && change.path("value").isTextual()) {
                    nodesById.put(change.path("value").asText(), change.path("node").asInt());
                }
            }
            for (JsonNode invocation : uidl.path("execute")) {
                // [element, arguments..., script], an element being [0, node id]: the grid and combo box
                // connectors confirm each data update with its id (confirmUpdate on the server).
                String script = invocation.get(invocation.size() - 1).asText();
                Matcher m = CONFIRM.matcher(script);
                JsonNode element = invocation.get(0);
                if (m.find() && invocation.size() >= 3 && element.isArray() && element.size() == 2
                        && element.get(0).asInt() == 0) {
                    ObjectNode rpc = JSON.createObjectNode().put("type", "publishedEventHandler")
                            .put("node", element.get(1).asInt()).put("templateEventMethodName", "confirmUpdate");
                    rpc.putArray("templateEventMethodArgs").add(invocation.get(1).asInt());
                    pendingConfirmations.add(rpc);
                }
            }
        }
    }
}
