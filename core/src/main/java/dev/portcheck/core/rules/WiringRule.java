package dev.portcheck.core.rules;

import dev.portcheck.core.findings.Finding;
import dev.portcheck.core.wiring.WiringModel;
import java.util.List;

/**
 * A rule that follows connections in the module's wiring model (a Service to its pods, a client to
 * a Service, a healthcheck to its own service). Runs after the scan, on every run, since the model
 * is put together from every file's facts. Implementations are stateless.
 */
public non-sealed interface WiringRule extends Rule {
  List<Finding> check(WiringModel model);
}
