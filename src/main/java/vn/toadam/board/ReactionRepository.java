package vn.toadam.board;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface ReactionRepository extends JpaRepository<Reaction, Long> {

    List<Reaction> findByCardIdIn(Collection<Long> cardIds);

    Optional<Reaction> findByCardIdAndParticipantId(long cardId, long participantId);
}
