package org.liftshift.testing.arm;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Pattern;

import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;

/**
 * A stand-in for Azure Resource Manager on 127.0.0.1, over HTTPS (the Azure SDK sends bearer tokens
 * only over HTTPS): it answers each request with the next recorded response of the first rule whose
 * method and path match, and keeps every request for the test to check. The certificate is made for
 * this server only, at start, with the JDK's keytool.
 */
public final class LoopbackArm implements AutoCloseable {

    /** One answer: status, headers and JSON body ({@code {base}} is replaced by the server's address). */
    public record Response(int status, Map<String, String> headers, String body) {

        public static Response json(int status, String body) {
            return new Response(status, Map.of("Content-Type", "application/json"), body);
        }

        public Response withHeader(String name, String value) {
            Map<String, String> all = new LinkedHashMap<>(headers);
            all.put(name, value);
            return new Response(status, all, body);
        }
    }

    /** What the client sent: method, path without the query, query parameters, headers (lower-case names) and body. */
    public record Request(String method, String path, Map<String, String> query, Map<String, String> headers, String body) {
    }

    private record Rule(String method, Pattern path, List<Response> responses) {
    }

    private final List<Rule> rules = new CopyOnWriteArrayList<>();
    private final List<Request> requests = new CopyOnWriteArrayList<>();
    private final ServerSocket server;
    private final SSLContext tls;
    private final Thread acceptor;

    private LoopbackArm(SSLContext tls) throws IOException {
        this.tls = tls;
        server = tls.getServerSocketFactory().createServerSocket(0, 50, InetAddress.getLoopbackAddress());
        acceptor = new Thread(this::accept, "loopback-arm");
        acceptor.setDaemon(true);
        acceptor.start();
    }

    /** Starts a server with a new self-signed certificate for 127.0.0.1 made in {@code work}. */
    public static LoopbackArm start(Path work) throws Exception {
        Path keystore = work.resolve("loopback-arm.p12");
        char[] password = "loopback".toCharArray(); // a throwaway key for a server that lives as long as the test
        Process keytool = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "keytool").toString(), "-genkeypair",
                "-alias", "arm", "-keyalg", "RSA", "-keysize", "2048", "-validity", "2", "-dname", "CN=127.0.0.1", "-ext",
                "SAN=ip:127.0.0.1", "-storetype", "PKCS12", "-keystore", keystore.toString(), "-storepass", new String(password))
                .redirectErrorStream(true).start();
        String output = new String(keytool.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (keytool.waitFor() != 0) {
            throw new IOException("keytool could not make the loopback certificate: " + output);
        }
        KeyStore store = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(keystore)) {
            store.load(in, password);
        }
        KeyManagerFactory keys = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
        keys.init(store, password);
        TrustManagerFactory trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        trust.init(store);
        SSLContext context = SSLContext.getInstance("TLS");
        context.init(keys.getKeyManagers(), trust.getTrustManagers(), null);
        return new LoopbackArm(context);
    }

    /** The TLS context that trusts this server, for the client's HTTP client. */
    public SSLContext clientTls() {
        return tls;
    }

    /** E.g. {@code https://127.0.0.1:41234/}. */
    public String baseUrl() {
        return "https://127.0.0.1:" + server.getLocalPort() + "/";
    }

    /**
     * Answers requests with this method and a path matching {@code pathRegex} with the responses in
     * turn; the last one answers every further request.
     */
    public LoopbackArm on(String method, String pathRegex, Response... responses) {
        rules.add(new Rule(method, Pattern.compile(pathRegex), List.of(responses)));
        return this;
    }

    public List<Request> requests() {
        return Collections.unmodifiableList(requests);
    }

    /** The requests that change something in Azure: all but GET and the status query (a POST that only reads). */
    public List<Request> writes() {
        return requests.stream().filter(r -> !r.method().equals("GET") && !r.path().endsWith("/getStatus")).toList();
    }

    private void accept() {
        while (!server.isClosed()) {
            try {
                Socket socket = server.accept();
                Thread handler = new Thread(() -> serve(socket), "loopback-arm-request");
                handler.setDaemon(true);
                handler.start();
            } catch (SocketException e) {
                return; // closed
            } catch (IOException e) {
                // a failed handshake; the next connection may be fine
            }
        }
    }

    private void serve(Socket socket) {
        try (socket; InputStream in = socket.getInputStream(); OutputStream out = socket.getOutputStream()) {
            while (true) {
                Request request = read(in);
                if (request == null) {
                    return;
                }
                requests.add(request);
                Response response = answer(request);
                if (Boolean.getBoolean("loopback.trace")) {
                    System.err.println("LOOPBACK " + request.method() + " " + request.path() + " " + request.headers() + " -> " + response.status());
                }
                write(out, response);
            }
        } catch (IOException | RuntimeException e) {
            if (Boolean.getBoolean("loopback.trace")) {
                System.err.println("LOOPBACK connection ended: " + e);
            }
        }
    }

    private Response answer(Request request) {
        for (Rule rule : rules) {
            if (rule.method().equals(request.method()) && rule.path().matcher(request.path()).matches()) {
                synchronized (rule) {
                    long served = requests.stream().filter(r -> r.method().equals(rule.method()) && rule.path().matcher(r.path()).matches())
                            .count();
                    return rule.responses().get((int) Math.min(served, rule.responses().size()) - 1);
                }
            }
        }
        return Response.json(404, "{\"error\":{\"code\":\"NotRecorded\",\"message\":\"No recorded response for " + request.method()
                + " " + request.path() + "\"}}");
    }

    private void write(OutputStream out, Response response) throws IOException {
        byte[] body = response.body() == null ? new byte[0]
                : response.body().replace("{base}", baseUrl()).getBytes(StandardCharsets.UTF_8);
        StringBuilder head = new StringBuilder("HTTP/1.1 ").append(response.status()).append(" Recorded\r\n");
        response.headers().forEach((name, value) -> head.append(name).append(": ").append(value.replace("{base}", baseUrl())).append("\r\n"));
        head.append("Content-Length: ").append(body.length).append("\r\n\r\n");
        out.write(head.toString().getBytes(StandardCharsets.ISO_8859_1));
        out.write(body);
        out.flush();
    }

    private static Request read(InputStream in) throws IOException {
        String line = line(in);
        if (line == null || line.isEmpty()) {
            return null;
        }
        String[] start = line.split(" ");
        Map<String, String> headers = new LinkedHashMap<>();
        for (String header = line(in); header != null && !header.isEmpty(); header = line(in)) {
            int colon = header.indexOf(':');
            headers.put(header.substring(0, colon).trim().toLowerCase(Locale.ROOT), header.substring(colon + 1).trim());
        }
        byte[] body = in.readNBytes(Integer.parseInt(headers.getOrDefault("content-length", "0")));
        String target = start[1];
        int question = target.indexOf('?');
        Map<String, String> query = new LinkedHashMap<>();
        if (question >= 0) {
            for (String pair : target.substring(question + 1).split("&")) {
                String[] parts = pair.split("=", 2);
                query.put(java.net.URLDecoder.decode(parts[0], StandardCharsets.UTF_8), parts.length > 1 ? java.net.URLDecoder.decode(parts[1], StandardCharsets.UTF_8) : "");
            }
        }
        return new Request(start[0], question >= 0 ? target.substring(0, question) : target, query, headers,
                new String(body, StandardCharsets.UTF_8));
    }

    private static String line(InputStream in) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        for (int b = in.read(); b != -1; b = in.read()) {
            if (b == '\n') {
                String text = bytes.toString(StandardCharsets.ISO_8859_1);
                return text.endsWith("\r") ? text.substring(0, text.length() - 1) : text;
            }
            bytes.write(b);
        }
        return bytes.size() == 0 ? null : bytes.toString(StandardCharsets.ISO_8859_1);
    }

    @Override
    public void close() throws IOException {
        server.close();
    }

    /** Request paths in order, e.g. for an assertion on the sequence of calls. */
    public List<String> calls() {
        List<String> calls = new ArrayList<>();
        for (Request request : requests) {
            calls.add(request.method() + " " + request.path());
        }
        return calls;
    }
}
