package org.peersupport.web.security;

import java.util.Optional;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.mongodb.repository.MongoRepository;

/** Stored staff accounts. */
public interface StaffAccountRepository extends MongoRepository<StaffAccount, String> {

	Optional<StaffAccount> findByUsername(String username);

	boolean existsByRole(PanelRole role);

	Page<StaffAccount> findAllByOrderByUsernameAsc(Pageable pageable);

}
