using CoSo.Core.Chronic;
using CoSo.Core.Common;
using CoSo.Data.Fhir;
using Hl7.Fhir.Model;

namespace CoSo.Web.Fhir.Resources;

/// <summary>
/// A chronic registry enrolment (hypertension, diabetes) as CarePlan (intent plan): the programme as category, the
/// ICD-10 code it was registered with, the station caring for the patient as author, the registration period, and the
/// next follow-up as a scheduled appointment activity (flagged when overdue). A closed enrolment is revoked.
/// </summary>
public sealed class CarePlanHandler(FhirClinicalQueries queries, ClinicalSearch clinical, IHttpContextAccessor http, TimeProvider time) : IFhirResourceHandler
{
    public async Task<FhirAnswer> ReadAsync(string id, CancellationToken ct)
    {
        var page = Guid.TryParse(id, out var g) ? await queries.EnrolmentsAsync(new ClinicalCriteria { Ids = [g] }, [], null, 1, ct) : null;
        var e = page?.Items is [var first, ..] ? first : throw new NotFoundException();
        return new FhirAnswer(ToFhir(e, VietnamClock.Today(time)), [(e.PersonId, e.ProvinceCode)]);
    }

    public async Task<FhirAnswer> SearchAsync(FhirSearch search, CancellationToken ct)
    {
        var statuses = search.Values("status").Select(v => (IReadOnlyList<EnrolmentStatus>)FhirSearch.Tokens(v).SelectMany(t => t.Code switch
        {
            "active" => [EnrolmentStatus.Active],
            "revoked" => [EnrolmentStatus.Closed],
            _ => Array.Empty<EnrolmentStatus>(),
        }).ToList()).ToList();
        var page = await queries.EnrolmentsAsync(await clinical.CriteriaAsync(search, ct), statuses, search.PageCursor, search.Count, ct);
        var today = VietnamClock.Today(time);
        var bundle = FhirBundles.SearchSet(http.HttpContext!.Request, search, page.Items.Select(e => ToFhir(e, today)), page.Total, FhirSearch.CursorText(page.Next));
        return new FhirAnswer(bundle, page.Items.Select(e => (e.PersonId, e.ProvinceCode)), isSearch: true);
    }

    public static CarePlan ToFhir(ChronicEnrolment e, DateOnly today)
    {
        var (code, display) = e.Programme == ChronicProgramme.Hypertension ? ("Hypertension", "Quản lý tăng huyết áp") : ("Diabetes", "Quản lý đái tháo đường");
        var plan = new CarePlan
        {
            Id = e.Id.ToString(),
            Meta = new Meta { VersionId = e.Version.ToString(System.Globalization.CultureInfo.InvariantCulture) },
            Status = e.Status == EnrolmentStatus.Active ? RequestStatus.Active : RequestStatus.Revoked,
            Intent = CarePlan.CarePlanIntent.Plan,
            Category = [new CodeableConcept(FhirSystems.CoSoChronicProgramme, code, display) { Text = display }],
            Title = display,
            Description = e.ProtocolCode.Length > 0 ? $"{display} (ICD-10 {e.EffectiveDiagnosisCode}), phác đồ {e.ProtocolCode} bước {e.ProtocolStep}" : $"{display} (ICD-10 {e.EffectiveDiagnosisCode})",
            Subject = new ResourceReference("Patient/" + e.PersonId),
            Period = new Period { StartElement = FhirDates.Date(e.RegisteredOn), EndElement = e.ClosedOn is { } closed ? FhirDates.Date(closed) : null },
            CreatedElement = FhirDates.Instant(e.CreatedAt),
            Author = new ResourceReference("Organization/" + e.OrgUnitId),
        };
        if (e.ClosingReason is { } reason)
        {
            plan.Note.Add(new Annotation { Text = new Markdown("Đóng hồ sơ / closed: " + reason) });
        }

        if (e.Status == EnrolmentStatus.Active && e.NextAppointment is { } due)
        {
            var detail = new CarePlan.DetailComponent
            {
                Kind = CarePlan.CarePlanActivityKind.Appointment,
                Code = new CodeableConcept { Text = "Tái khám / follow-up visit" },
                Status = CarePlan.CarePlanActivityStatus.Scheduled,
                Scheduled = new Period { StartElement = FhirDates.Date(due) },
                Location = new ResourceReference("Location/" + e.OrgUnitId),
            };
            if (e.IsOverdue(today))
            {
                detail.StatusReason = new CodeableConcept { Text = "Quá hạn tái khám / overdue" };
            }

            plan.Activity.Add(new CarePlan.ActivityComponent { Detail = detail });
        }

        return plan;
    }
}
