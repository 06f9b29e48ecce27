package vn.toadam.procedure;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface RubricScoreRepository extends JpaRepository<RubricScore, RubricScore.Key> {

    List<RubricScore> findByKeyPracticeId(long practiceId);
}
