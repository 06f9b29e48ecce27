package vn.toadam.procedure;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface ProcedureTemplateRepository extends JpaRepository<ProcedureTemplate, Long> {

    List<ProcedureTemplate> findAllByOrderByBuiltinDescIdAsc();

    List<ProcedureTemplate> findByBuiltinTrue();
}
