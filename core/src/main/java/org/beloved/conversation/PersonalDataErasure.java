package org.beloved.conversation;

import java.util.ArrayList;
import java.util.List;
import org.beloved.shared.Channel;
import org.beloved.shared.PersonalData;
import org.beloved.shared.WriteBatch;
import org.springframework.stereotype.Service;

/**
 * DELETE MY DATA's erasure, for every surface that offers it (the text command after its YES, the
 * Discord /delete-my-data button): each feature's {@link PersonalData} erases what it holds about
 * one sender. The caller has asked for confirmation first.
 */
@Service
public class PersonalDataErasure {

    private final List<PersonalData> features;
    private final WriteBatch batch;

    PersonalDataErasure(List<PersonalData> features, WriteBatch batch) {
        this.features = features;
        this.batch = batch;
    }

    /**
     * What each feature erased (message keys with arguments), empty when nothing was held. Writes
     * this transaction queued for its commit ({@link WriteBatch}) run first, so that none lands after the erasure.
     */
    public List<PersonalData.Erased> erase(Channel channel, String address) {
        batch.flush();
        List<PersonalData.Erased> erased = new ArrayList<>();
        for (PersonalData feature : features) {
            feature.erase(channel, address).ifPresent(erased::add);
        }
        return erased;
    }
}
