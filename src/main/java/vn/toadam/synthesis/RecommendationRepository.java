package vn.toadam.synthesis;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface RecommendationRepository extends JpaRepository<Recommendation, Long> {

    List<Recommendation> findByWorkshopIdOrderByPositionAscIdAsc(long workshopId);
}
