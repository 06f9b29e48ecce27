package vn.toadam.procedure;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface PracticeRepository extends JpaRepository<Practice, Long> {

    java.util.List<Practice> findByGroupIdInOrderById(java.util.Collection<Long> groupIds);

    Optional<Practice> findByGroupIdAndTemplateId(long groupId, long templateId);
}
