package vn.toadam.workshop;

import java.util.Optional;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;

interface ParticipantRepository extends JpaRepository<Participant, Long> {

    @EntityGraph(attributePaths = {"workshop", "group"})
    Optional<Participant> findWithWorkshopById(Long id);

    @EntityGraph(attributePaths = {"workshop", "group"})
    java.util.List<Participant> findByGroupIdOrderByDisplayName(Long groupId);

    @EntityGraph(attributePaths = {"workshop", "group"})
    java.util.List<Participant> findByWorkshopIdOrderByDisplayName(Long workshopId);
}
