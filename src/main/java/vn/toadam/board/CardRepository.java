package vn.toadam.board;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface CardRepository extends JpaRepository<Card, Long> {

    List<Card> findByGroupIdAndDeletedFalseOrderByCreatedAtAsc(long groupId);

    List<Card> findByWorkshopIdAndDeletedFalseOrderByCreatedAtAsc(long workshopId);

    Optional<Card> findByAuthorIdAndClientKey(long authorId, String clientKey);
}
