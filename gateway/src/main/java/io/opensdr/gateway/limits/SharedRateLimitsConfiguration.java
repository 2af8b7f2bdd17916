package io.opensdr.gateway.limits;

import com.mongodb.ConnectionString;
import com.mongodb.MongoClientSettings;
import com.mongodb.reactivestreams.client.MongoClient;
import com.mongodb.reactivestreams.client.MongoClients;
import java.time.Clock;
import java.util.concurrent.TimeUnit;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The rate limits' counters in MongoDB ({@code opensdr.gateway.rate-limits.store: mongodb}), shared
 * by every gateway instance. The client is the gateway's own (Spring Boot's Mongo
 * auto-configuration is excluded in application.yml: with the default in-memory store nothing
 * connects to MongoDB).
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(prefix = "opensdr.gateway.rate-limits", name = "store", havingValue = "mongodb")
class SharedRateLimitsConfiguration {

  @Bean(destroyMethod = "close")
  MongoClient rateLimitsMongoClient(RateLimitProperties properties) {
    RateLimitProperties.Mongodb mongodb = properties.mongodb();
    if (mongodb.uri() == null || mongodb.uri().isBlank()) {
      throw new IllegalStateException(
          "opensdr.gateway.rate-limits.store is mongodb: set opensdr.gateway.rate-limits.mongodb.uri");
    }
    long timeout = mongodb.timeout().toMillis();
    // A database that is down is known within the timeout (then the limits fail open), not after
    // the driver's 30 s server selection.
    return MongoClients.create(
        MongoClientSettings.builder()
            .applyConnectionString(new ConnectionString(mongodb.uri()))
            .applyToClusterSettings(
                cluster -> cluster.serverSelectionTimeout(timeout, TimeUnit.MILLISECONDS))
            .applyToSocketSettings(
                socket -> socket.connectTimeout((int) timeout, TimeUnit.MILLISECONDS))
            .build());
  }

  @Bean(destroyMethod = "close")
  MongoRateLimitCounter mongoRateLimitCounter(
      MongoClient rateLimitsMongoClient, RateLimitProperties properties, Clock clock) {
    RateLimitProperties.Mongodb mongodb = properties.mongodb();
    return new MongoRateLimitCounter(
        rateLimitsMongoClient.getDatabase(mongodb.database()).getCollection(mongodb.collection()),
        clock);
  }
}
