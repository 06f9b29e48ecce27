package vn.toadam.synthesis;

import jakarta.persistence.LockModeType;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface FacilitationRepository extends JpaRepository<Facilitation, Long> {

    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select f from Facilitation f where f.workshopId = ?1")
    Optional<Facilitation> findForUpdate(long workshopId);
}
