package io.opensdr.gateway.limits;

import io.opensdr.gateway.web.ProblemResponses;
import java.util.concurrent.atomic.AtomicLong;
import org.springframework.core.Ordered;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DataBufferUtils;
import org.springframework.http.HttpStatus;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.http.server.reactive.ServerHttpRequestDecorator;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Refuses a request body over its limit with 413 problem details: at once when
 * {@code Content-Length} says so, else (a chunked body) as soon as the bytes streamed to the
 * service pass the limit. The CSV import routes get the large limit, SendGrid's event webhook
 * outreach's own (its batches), every other route the small one.
 */
final class RequestSizeLimitFilter implements WebFilter, Ordered {

  private static final PathPattern CSV_IMPORTS =
      PathPatternParser.defaultInstance.parse("/api/prospector/campaigns/*/csv-imports/**");
  private static final PathPattern SENDGRID_WEBHOOK =
      PathPatternParser.defaultInstance.parse("/api/outreach/webhooks/sendgrid");

  private final long maxBody;
  private final long csvImportMaxBody;
  private final long sendgridWebhookMaxBody;
  private final ProblemResponses problems;

  RequestSizeLimitFilter(LimitsProperties properties, ProblemResponses problems) {
    this.maxBody = properties.maxBody().toBytes();
    this.csvImportMaxBody = properties.csvImportMaxBody().toBytes();
    this.sendgridWebhookMaxBody = properties.sendgridWebhookMaxBody().toBytes();
    this.problems = problems;
  }

  @Override
  public int getOrder() {
    return Ordered.HIGHEST_PRECEDENCE + 20;
  }

  @Override
  public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
    ServerHttpRequest request = exchange.getRequest();
    long limit = limitOf(request);
    long declared = request.getHeaders().getContentLength();
    if (declared > limit) {
      return problems.write(
          exchange, HttpStatus.PAYLOAD_TOO_LARGE, "Payload too large", detail(limit));
    }
    if (declared >= 0) {
      // Netty reads no more than the declared length.
      return chain.filter(exchange);
    }
    AtomicLong read = new AtomicLong();
    ServerHttpRequest counted =
        new ServerHttpRequestDecorator(request) {
          @Override
          public Flux<DataBuffer> getBody() {
            return super.getBody()
                .handle(
                    (buffer, sink) -> {
                      if (read.addAndGet(buffer.readableByteCount()) > limit) {
                        DataBufferUtils.release(buffer);
                        sink.error(new ResponseStatusException(HttpStatus.PAYLOAD_TOO_LARGE, detail(limit)));
                      } else {
                        sink.next(buffer);
                      }
                    });
          }
        };
    return chain.filter(exchange.mutate().request(counted).build());
  }

  private long limitOf(ServerHttpRequest request) {
    var path = request.getPath().pathWithinApplication();
    if (CSV_IMPORTS.matches(path)) {
      return csvImportMaxBody;
    }
    return SENDGRID_WEBHOOK.matches(path) ? sendgridWebhookMaxBody : maxBody;
  }

  static String detail(long limit) {
    String size =
        limit >= 1024 * 1024 && limit % (1024 * 1024) == 0
            ? limit / (1024 * 1024) + " MB"
            : limit >= 1024 && limit % 1024 == 0 ? limit / 1024 + " KB" : limit + " bytes";
    return "The request body is larger than this endpoint accepts (" + size + ").";
  }
}
