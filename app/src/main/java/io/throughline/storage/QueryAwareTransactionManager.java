package io.throughline.storage;

import org.axonframework.common.transaction.Transaction;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.queryhandling.QueryMessage;
import org.axonframework.spring.messaging.unitofwork.SpringTransactionManager;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.DefaultTransactionDefinition;

/**
 * Axon's transaction manager, with one difference: a query is handled in a read-only transaction.
 * <p>
 * Axon's query bus wraps every query in a transaction from the one transaction manager it shares with commands and
 * event processors, so a read-write one, and {@code @Transactional(readOnly = true)} on a handler only joins it. At
 * commit Hibernate then dirty-checks every entity the query loaded: for the company dashboard, thousands of them, a
 * third of the page's time. Read-only, the session neither keeps snapshots nor flushes, and PostgreSQL refuses a
 * write a query handler should never make. A query handled inside a unit of work that already has a transaction
 * (a command or an event handler asking a question) joins that one, as before.
 * Being a {@link TransactionManager} bean, it takes the place of the one Axon's auto-configuration would make.
 */
@Component
class QueryAwareTransactionManager implements TransactionManager {

    private final TransactionManager readWrite;
    private final TransactionManager readOnly;

    QueryAwareTransactionManager(PlatformTransactionManager transactions) {
        this.readWrite = new SpringTransactionManager(transactions);
        DefaultTransactionDefinition readOnlyDefinition = new DefaultTransactionDefinition();
        readOnlyDefinition.setReadOnly(true);
        this.readOnly = new SpringTransactionManager(transactions, readOnlyDefinition);
    }

    @Override
    public Transaction startTransaction() {
        boolean query = CurrentUnitOfWork.map(unitOfWork -> unitOfWork.getMessage() instanceof QueryMessage).orElse(false);
        return (query ? readOnly : readWrite).startTransaction();
    }
}
