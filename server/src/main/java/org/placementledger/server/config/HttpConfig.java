package org.placementledger.server.config;

import org.apache.catalina.core.StandardHost;
import org.placementledger.server.auth.Authenticator;
import org.placementledger.server.http.ContainerErrorValve;
import org.placementledger.server.http.Cors;
import org.placementledger.server.http.DashboardPageServlet;
import org.placementledger.server.http.PlacementServlet;
import org.placementledger.server.http.Router;
import org.placementledger.server.metrics.LedgerMetrics;
import org.placementledger.server.policy.PolicyEngine;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.embedded.tomcat.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.boot.web.servlet.ServletRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Mounts the Placement pipeline on every path but /actuator/*, which Spring MVC serves (actuator), and
 * the dashboard's static files (/dashboard, /dashboard/assets/*).
 */
@Configuration
public class HttpConfig {

    /** Container-level errors (before our servlet) in Placement's JSON format, not Tomcat's HTML. */
    @Bean
    WebServerFactoryCustomizer<TomcatServletWebServerFactory> placementErrorPages() {
        return factory -> {
            // TRACE reaches the Placement pipeline (a Placement 405) instead of Tomcat's bare refusal.
            factory.addConnectorCustomizers(connector -> connector.setAllowTrace(true));
            factory.addContextCustomizers(context -> {
                if (context.getParent() instanceof StandardHost host) {
                    host.setErrorReportValveClass(ContainerErrorValve.class.getName());
                }
            });
        };
    }

    @Bean
    ServletRegistrationBean<PlacementServlet> placementServlet(Router router, PolicyEngine policy, Cors cors,
                                                               ObjectMapper mapper, LedgerMetrics metrics,
                                                               PlacementProperties properties,
                                                               Authenticator auth,
                                                               @Value("${placement.request-log:true}") boolean requestLog) {
        // "/*" takes every path but /actuator/*, the longer prefix that spring.mvc.servlet.path gives
        // Spring MVC's dispatcher (application.properties): health and metrics share the API's port.
        ServletRegistrationBean<PlacementServlet> bean = new ServletRegistrationBean<>(
                new PlacementServlet(router, policy, cors, mapper, metrics, properties.maxBodyBytes(), auth,
                        properties.enableProxyHeadersParsing(), requestLog), "/*");
        bean.setName("placement");
        bean.setLoadOnStartup(1);
        return bean;
    }

    /** The dashboard's static page and files: exact and longer prefixes than "/*", so they win over it. */
    @Bean
    ServletRegistrationBean<DashboardPageServlet> dashboardPage(ObjectMapper mapper) {
        ServletRegistrationBean<DashboardPageServlet> bean = new ServletRegistrationBean<>(
                new DashboardPageServlet(mapper), "/dashboard", "/dashboard/assets/*");
        bean.setName("dashboard-page");
        return bean;
    }
}
