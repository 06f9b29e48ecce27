package vn.toadam.workshop;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;

interface WorkshopRepository extends JpaRepository<Workshop, Long> {

    @EntityGraph(attributePaths = "groups")
    Optional<Workshop> findByJoinCode(String joinCode);

    @EntityGraph(attributePaths = "groups")
    Optional<Workshop> findWithGroupsById(Long id);

    boolean existsByJoinCode(String joinCode);

    List<Workshop> findAllByOrderByCreatedAtDesc();
}
