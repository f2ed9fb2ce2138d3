package nl.interventiewijzer.api;

import io.quarkus.vertx.http.HttpServerOptionsCustomizer;
import io.vertx.core.http.HttpServerOptions;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Answers in HTTP/1.1 a client that asks to upgrade a plain-text connection to HTTP/2 (h2c). Java's own HttpClient asks
 * that on every new connection unless told otherwise, and it is what a client generated with openapi-generator's
 * native library uses. With a request body, some of those first requests got no answer: the server closed the
 * connection instead (Vert.x 4.5.28 with JDK 17's client: matches posted each on a fresh connection failed 1 to 4 times
 * in 600 to 800 with the upgrade, in three runs, and never in 800 without it). The pod serves plain HTTP behind the
 * cluster's ingress, so HTTP/2 in clear text bought nothing; HTTP/2 over TLS, should TLS be configured, is left on.
 */
@ApplicationScoped
public class NoClearTextHttp2 implements HttpServerOptionsCustomizer {

    @Override
    public void customizeHttpServer(HttpServerOptions options) {
        options.setHttp2ClearTextEnabled(false);
    }
}
