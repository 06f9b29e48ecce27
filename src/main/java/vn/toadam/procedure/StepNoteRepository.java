package vn.toadam.procedure;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface StepNoteRepository extends JpaRepository<StepNote, Long> {

    List<StepNote> findByPracticeIdOrderByCreatedAtAsc(long practiceId);
}
