package org.beloved.app.web;

import org.beloved.app.directory.SignUpLimit;
import org.beloved.directory.SignUpGate;
import org.beloved.shared.Channel;
import org.springframework.stereotype.Component;

/**
 * Registrations by JOIN in the chat simulator count toward the sign-up limit of the address the
 * simulator session writes from, as the web form's do. Other channels are not limited here (SMS
 * has its own per-sender limit; Discord users are accounts).
 */
@Component
class SimulatorSignUps implements SignUpGate {

    private final SimulatorLimit simulator;
    private final SignUpLimit signUps;

    SimulatorSignUps(SimulatorLimit simulator, SignUpLimit signUps) {
        this.simulator = simulator;
        this.signUps = signUps;
    }

    @Override
    public boolean admits(Channel channel, String sender) {
        return channel != Channel.WEB
                || simulator.clientOf(sender).flatMap(signUps::refusal).isEmpty();
    }

    @Override
    public void accepted(Channel channel, String sender) {
        if (channel == Channel.WEB) {
            simulator.clientOf(sender).ifPresent(signUps::accepted);
        }
    }
}
