package vn.toadam.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import vn.toadam.bench.ProtocolSmoke;
import vn.toadam.support.RunningApp;
import vn.toadam.support.TestDataDirs;

/**
 * Keeps the benchmark's browser-less client working: 20 learners' boards over real push WebSockets; each card
 * reaches every board of its group and none of the other groups. Delivery only, never speed.
 */
class ProtocolClientSmokeTest {

    @Test
    void everyCardReachesItsGroupsBoardsAndNoOthers() throws Exception {
        try (RunningApp app = RunningApp.start(TestDataDirs.fresh("smoke-"))) {
            ProtocolSmoke.Result result = ProtocolSmoke.run(app, 20);
            assertThat(result.expectedDeliveries()).isEqualTo(20);
            assertThat(result.deliveries()).isEqualTo(result.expectedDeliveries());
            assertThat(result.leaks()).isZero();
        }
    }
}
