package io.claimline.web;

import org.apache.catalina.Container;
import org.apache.catalina.Pipeline;
import org.apache.catalina.Valve;
import org.apache.catalina.core.StandardHost;
import org.apache.catalina.valves.ErrorReportValve;
import org.springframework.boot.web.embedded.tomcat.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.core.Ordered;

/**
 * Puts {@link ProblemErrorReportValve} in place of Tomcat's HTML error report valve, on the host, so that requests
 * Tomcat refuses before the application sees them answer problem+json too. Runs after Spring Boot's own Tomcat
 * customizer, which adds a plain {@link ErrorReportValve}; that one is removed.
 */
public class TomcatProblems implements WebServerFactoryCustomizer<TomcatServletWebServerFactory>, Ordered {

    @Override
    public void customize(TomcatServletWebServerFactory factory) {
        factory.addContextCustomizers(context -> {
            Container host = context.getParent();
            if (host instanceof StandardHost standardHost) {
                // Tomcat adds a valve of this class at start unless the pipeline already holds one.
                standardHost.setErrorReportValveClass(ProblemErrorReportValve.class.getName());
            }
            Pipeline pipeline = host.getPipeline();
            for (Valve valve : pipeline.getValves()) {
                if (valve instanceof ErrorReportValve && !(valve instanceof ProblemErrorReportValve)) {
                    pipeline.removeValve(valve);
                }
            }
            boolean present = false;
            for (Valve valve : pipeline.getValves()) {
                present |= valve instanceof ProblemErrorReportValve;
            }
            if (!present) {
                pipeline.addValve(new ProblemErrorReportValve());
            }
        });
    }

    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }
}
