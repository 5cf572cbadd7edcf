package org.hearth.it;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.Map;
import org.hearth.application.account.SignedInUser;
import org.hearth.application.catalog.CourseView;
import org.hearth.application.catalog.LessonView;
import org.hearth.application.worksheet.WorksheetService;

/**
 * Calls {@link WorksheetService#save} for {@link WorksheetIT}'s two-tab test, one container
 * invocation per worker thread, as separate HTTP requests would (see {@link TestProgressCalls}).
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class TestWorksheetCalls {

  @Inject WorksheetService worksheets;

  public void save(
      SignedInUser learner, CourseView course, LessonView worksheet, Map<String, String> changes) {
    worksheets.save(learner, course, worksheet, changes);
  }
}
