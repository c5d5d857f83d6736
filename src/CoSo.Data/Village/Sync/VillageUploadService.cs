using System.Globalization;
using System.Text.Json;
using CoSo.Core.Chronic;
using CoSo.Core.Common;
using CoSo.Core.Encounters;
using CoSo.Core.People;
using CoSo.Core.Surveillance.Alerts;
using CoSo.Core.Surveillance.Cases;
using CoSo.Core.Village;
using CoSo.Data.Access;
using CoSo.Data.Chronic;
using CoSo.Data.Maternal;
using CoSo.Data.Surveillance;
using Microsoft.EntityFrameworkCore;

namespace CoSo.Data.Village.Sync;

/// <summary>
/// A phone's records (docs/village-app.md, "upload"): each stored once under its own UUIDv7 id, checked by the rules
/// of the station's forms (the same services do the work: a pregnancy report, a call outcome, a case report), in a
/// transaction of its own, so one bad record never blocks or half-saves another. A phone-number edit whose base is no
/// longer the station's value is a conflict: the station's value is kept, the phone's is kept on the record.
/// </summary>
public sealed class VillageUploadService(
    CoSoDbContext db, TimeProvider time, VillageSyncService sync, PregnancyRegisterService pregnancies, OverdueService overdue, CaseReportService cases)
{
    public const int MaxRecords = 200;

    public const int MaxDataLength = 8192;

    /// <summary>Records older than this (by the date they name) are refused: the station's forms take 60 days back too.</summary>
    public const int MaxDaysBack = 60;

    public static readonly IReadOnlySet<string> Kinds = new HashSet<string>(StringComparer.Ordinal) { "homeVisit", "followUpOutcome", "notification", "suspectedCase", "residentEdit" };

    public static readonly IReadOnlySet<string> NotificationTypes = new HashSet<string>(StringComparer.Ordinal) { "pregnancy", "birth", "death", "newResident", "move" };

    public async Task<SyncUploadResult> UploadAsync(Guid deviceId, string? token, SyncUpload upload, CancellationToken ct = default)
    {
        var device = await sync.RequireDeviceAsync(deviceId, token, ct);
        var records = upload.Records ?? [];
        if (records.Count > MaxRecords)
        {
            throw new DomainValidationException("records", "village.record.tooMany", MaxRecords);
        }

        var villages = await sync.MyVillagesAsync(ct);
        var results = new List<SyncRecordVerdict>(records.Count);
        foreach (var record in records)
        {
            results.Add(await OneAsync(device, villages, record, ct));
        }

        return new SyncUploadResult(results);
    }

    private async Task<SyncRecordVerdict> OneAsync(VillageDevice device, List<Core.Organisation.OrgUnit> villages, SyncUploadRecord record, CancellationToken ct)
    {
        var stored = await db.Set<VillageSubmission>().Unfiltered(UnscopedReason.OwnVillageRecords).AsNoTracking().FirstOrDefaultAsync(s => s.Id == record.Id, ct);
        if (stored is not null)
        {
            return stored.UserId == db.Actor.UserId
                ? VillageSyncService.Verdict(stored, "duplicate")
                : new SyncRecordVerdict(record.Id, "rejected", [ErrorOf(new FieldError("id", "village.record.idTaken"))], null);
        }

        var submission = new VillageSubmission
        {
            Id = record.Id, DeviceId = device.Id, UserId = device.UserId, UserName = db.Actor.UserName, Kind = record.Kind ?? string.Empty,
            PersonId = record.PersonId, ReceivedAt = time.GetUtcNow(), Version = 1,
            Data = record.Data is { } d ? d.GetRawText() : "{}", Base = record.Base is { ValueKind: JsonValueKind.Object } b ? b.GetRawText() : null,
        };
        var home = villages.FirstOrDefault();
        submission.VillageId = home?.Id;
        submission.OrgUnitId = home?.ParentId ?? Guid.Empty;
        submission.ProvinceCode = home?.ProvinceCode ?? string.Empty;

        await using (var tx = await db.Database.BeginTransactionAsync(ct))
        {
            try
            {
                await ApplyAsync(submission, record, villages, ct);
                if (submission.Status == default)
                {
                    submission.Status = SubmissionStatus.Accepted;
                }

                if (submission.Status == SubmissionStatus.Conflict)
                {
                    await NotifyStationAsync(submission, "conflict", VietnamClock.Today(time), ct);
                }

                db.Set<VillageSubmission>().Add(submission);
                await db.SaveChangesAsync(ct);
                await tx.CommitAsync(ct);
                return VillageSyncService.Verdict(submission);
            }
            catch (DomainValidationException e)
            {
                await tx.RollbackAsync(ct);
                submission.Errors = JsonSerializer.Serialize(e.Errors.Select(ErrorOf).ToList(), VillageSyncService.JsonWeb);
            }
            catch (NotFoundException)
            {
                await tx.RollbackAsync(ct);
                submission.Errors = JsonSerializer.Serialize(new[] { ErrorOf(new FieldError("personId", "village.record.person")) }, VillageSyncService.JsonWeb);
            }
            catch (ForbiddenException e)
            {
                await tx.RollbackAsync(ct);
                submission.Errors = JsonSerializer.Serialize(new[] { ErrorOf(new FieldError("kind", e.Code)) }, VillageSyncService.JsonWeb);
            }
            catch (DbUpdateException)
            {
                // The same record, sent again while its first upload was still being saved: stored once.
                await tx.RollbackAsync(ct);
                db.ChangeTracker.Clear();
                var first = await db.Set<VillageSubmission>().Unfiltered(UnscopedReason.OwnVillageRecords).AsNoTracking().FirstOrDefaultAsync(s => s.Id == record.Id, ct);
                if (first is null)
                {
                    throw;
                }

                return VillageSyncService.Verdict(first, "duplicate");
            }
        }

        // Rejected: nothing of the record was saved; the rejection itself is kept so the phone and the station see it.
        db.ChangeTracker.Clear();
        submission.Status = SubmissionStatus.Rejected;
        submission.Data = submission.Data.Length <= MaxDataLength ? submission.Data : "{}";
        submission.Base = submission.Base is { Length: <= 2048 } ? submission.Base : null;
        submission.PersonId = null; // a rejected record may name a resident the worker may not see
        submission.Kind = Kinds.Contains(submission.Kind) ? submission.Kind : "unknown";
        submission.SubKind = submission.SubKind is { } sk && NotificationTypes.Contains(sk) ? sk : null;
        db.Set<VillageSubmission>().Add(submission);
        await db.SaveChangesAsync(ct);
        return VillageSyncService.Verdict(submission);
    }

    private async Task ApplyAsync(VillageSubmission s, SyncUploadRecord record, List<Core.Organisation.OrgUnit> villages, CancellationToken ct)
    {
        if (!Kinds.Contains(s.Kind))
        {
            throw new DomainValidationException("kind", "village.record.kind", Clip(s.Kind));
        }

        if (s.Data.Length > MaxDataLength || record.Data is not { ValueKind: JsonValueKind.Object } data)
        {
            throw new DomainValidationException("data", "village.record.data");
        }

        var errors = new ValidationErrors();
        var reader = new RecordReader(data, errors);
        Person? person = null;
        if (record.PersonId is { } personId)
        {
            person = await db.People.FirstOrDefaultAsync(p => p.Id == personId && p.MergedIntoId == null, ct) ?? throw new NotFoundException();
            if (person.VillageId is not { } v || villages.All(x => x.Id != v))
            {
                throw new NotFoundException();
            }

            s.ProvinceCode = person.ProvinceCode;
            s.OrgUnitId = person.OrgUnitId;
            s.VillageId = person.VillageId;
        }

        var today = VietnamClock.Today(time);
        switch (s.Kind)
        {
            case "homeVisit":
                await HomeVisitAsync(s, Require(person), reader, errors, today, ct);
                break;
            case "followUpOutcome":
                await OutcomeAsync(s, Require(person), reader, errors, today, ct);
                break;
            case "notification":
                await NotificationAsync(s, person, reader, errors, today, ct);
                break;
            case "suspectedCase":
                await SuspectedCaseAsync(s, person, reader, errors, today, ct);
                break;
            case "residentEdit":
                ResidentEdit(s, Require(person), reader, record.Base, errors);
                break;
        }
    }

    private static Person Require(Person? person) => person ?? throw new DomainValidationException("personId", "required");

    private async Task HomeVisitAsync(VillageSubmission s, Person person, RecordReader r, ValidationErrors errors, DateOnly today, CancellationToken ct)
    {
        var on = r.Date("visitedOn", required: true);
        CheckRecent(errors, "visitedOn", on, today);
        var systolic = r.Int("systolic");
        var diastolic = r.Int("diastolic");
        var glucose = r.Decimal("glucose");
        var weight = r.Decimal("weightKg");
        var vitals = new ValidationErrors();
        VisitRules.CheckHomeVitals(vitals, systolic, diastolic, glucose, weight);
        foreach (var e in vitals.Errors)
        {
            errors.Add(e.Field == "capillaryGlucoseMmol" ? "glucose" : e.Field, e.Code, e.Args);
        }

        var notes = r.Text("notes", 1000);
        errors.ThrowIfInvalid();
        var visit = new HomeVisit
        {
            Id = Guid.CreateVersion7(), ProvinceCode = person.ProvinceCode, OrgUnitId = person.OrgUnitId, PersonId = person.Id, VillageId = person.VillageId,
            VisitedOn = on!.Value, Systolic = systolic, Diastolic = diastolic, GlucoseMmol = glucose, WeightKg = weight,
            TookMedicine = r.Bool("tookMedicine"), ReferralAdvised = r.Bool("referralAdvised") ?? false, Notes = notes,
            RecordedByUserId = db.Actor.UserId, CreatedAt = time.GetUtcNow(),
        };
        db.Set<HomeVisit>().Add(visit);
        s.CreatedId = visit.Id;
        s.Link = $"/nguoi-dan/{person.Id}";
        if (visit.ReferralAdvised)
        {
            await NotifyStationAsync(s, "homeVisitReferral", on.Value, ct);
        }
    }

    private async Task OutcomeAsync(VillageSubmission s, Person person, RecordReader r, ValidationErrors errors, DateOnly today, CancellationToken ct)
    {
        var enrolmentId = r.Guid("enrolmentId", required: true);
        var outcomeText = r.Text("outcome", 40);
        CallOutcome? outcome = Enum.TryParse<CallOutcome>(outcomeText, ignoreCase: false, out var o) && Enum.IsDefined(o) && !int.TryParse(outcomeText, out _) ? o : null;
        if (outcome is null)
        {
            errors.Add("outcome", "village.record.outcome");
        }

        var on = r.Date("on", required: false) ?? today;
        CheckRecent(errors, "on", on, today);
        var next = r.Date("newAppointment");
        errors.ThrowIfInvalid();
        var enrolment = await db.Set<ChronicEnrolment>().Unfiltered(UnscopedReason.ThroughVisibleResident).AsNoTracking()
            .FirstOrDefaultAsync(e => e.Id == enrolmentId && e.ProvinceCode == person.ProvinceCode && e.PersonId == person.Id, ct);
        if (enrolment is null)
        {
            throw new DomainValidationException("enrolmentId", "village.record.enrolment");
        }

        await overdue.RecordOutcomeAsync(enrolment.Id, new OutcomeInput(outcome!.Value, next), ct);
        s.CreatedId = enrolment.Id;
        s.Link = "/man-tinh/qua-hen";
    }

    private async Task NotificationAsync(VillageSubmission s, Person? person, RecordReader r, ValidationErrors errors, DateOnly today, CancellationToken ct)
    {
        var type = r.Text("type", 30);
        if (type is null || !NotificationTypes.Contains(type))
        {
            errors.Add("type", "village.record.notificationType");
        }

        s.SubKind = type;
        var on = r.Date("on") ?? today;
        CheckRecent(errors, "on", on, today);
        var notes = r.Text("notes", 1000);
        var name = r.Text("fullName", 100);
        if (type is "birth" or "newResident" && person is null)
        {
            if (name is null)
            {
                errors.Add("fullName", "required");
            }
            else
            {
                PersonRules.CheckName(errors, "fullName", name);
            }

            var born = r.Date("birthDate");
            if (born is { } b && (b > today || !DateRules.InRange(b)))
            {
                errors.Add("birthDate", "village.record.date");
            }
        }
        else if (type is "pregnancy" or "death" or "move" && person is null)
        {
            errors.Add("personId", "required");
        }

        errors.ThrowIfInvalid();
        if (type == "pregnancy")
        {
            var card = await pregnancies.ReportFoundAsync(person!.Id, new PregnancyReportInput(on, r.Date("lmp"), notes), ct);
            s.CreatedId = card.Id;
            s.Link = $"/me-be/thai-ky/{card.Id}";
            return;
        }

        s.Link = person is { } p ? $"/nguoi-dan/{p.Id}" : "/tu-thon";
        await NotifyStationAsync(s, type!, on, ct);
    }

    private async Task SuspectedCaseAsync(VillageSubmission s, Person? person, RecordReader r, ValidationErrors errors, DateOnly today, CancellationToken ct)
    {
        var disease = r.Text("diseaseCode", 40);
        var onset = r.Date("onsetDate", required: true);
        r.Text("symptoms", 1000);
        var name = person is null ? r.Text("fullName", 100) : null;
        var sexText = r.Text("sex", 10);
        Sex? sex = Enum.TryParse<Sex>(sexText, out var sx) && Enum.IsDefined(sx) && !int.TryParse(sexText, out _) ? sx : null;
        var birthYear = r.Int("birthYear");
        errors.ThrowIfInvalid();
        var report = await cases.CreateAsync(new CaseReportInput(
            disease ?? string.Empty, CaseClassification.Suspected, onset!.Value, PersonId: person?.Id,
            NonResidentName: name, NonResidentSex: person is null ? sex : null, NonResidentBirthYear: person is null ? birthYear : null,
            StationId: person is null ? s.OrgUnitId : null, VillageId: person is null ? s.VillageId : null), ct);
        s.CreatedId = report.Id;
        s.Link = $"/giam-sat/ca/{report.Id}";
    }

    private static void ResidentEdit(VillageSubmission s, Person person, RecordReader r, JsonElement? baseValues, ValidationErrors errors)
    {
        var phone = r.Text("phone", 20);
        if (phone is not null && !PersonRules.IsPhone(phone))
        {
            errors.Add("phone", "phone.format");
        }

        errors.ThrowIfInvalid();
        var wanted = phone is null ? null : PersonRules.NormalizePhone(phone);
        var basePhone = baseValues is { ValueKind: JsonValueKind.Object } b && b.TryGetProperty("phone", out var bp) && bp.ValueKind == JsonValueKind.String
            ? PersonRules.NormalizePhone(bp.GetString()!) : null;
        var current = person.Phone;
        s.ConflictField = null;
        if (current == wanted)
        {
            s.Status = SubmissionStatus.Accepted; // both sides agree already
        }
        else if (current == basePhone)
        {
            person.Phone = wanted;
            person.Version++;
            s.Status = SubmissionStatus.Accepted;
        }
        else
        {
            // The station changed it since the phone's download: the station's value stays, the phone's is kept here.
            s.Status = SubmissionStatus.Conflict;
            s.ConflictField = "phone";
            s.PhoneValue = wanted;
            s.StationValue = current;
        }

        s.CreatedId = person.Id;
        s.Link = $"/nguoi-dan/{person.Id}";
    }

    /// <summary>A notification for the station's staff that names the village and the kind, not the resident.</summary>
    private async Task NotifyStationAsync(VillageSubmission s, string kind, DateOnly on, CancellationToken ct)
    {
        var village = s.VillageId is { } v ? await db.OrgUnits.AsNoTracking().Where(u => u.Id == v).Select(u => u.Name).FirstOrDefaultAsync(ct) : null;
        var day = on.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture);
        db.Set<Notification>().Add(new Notification
        {
            Id = Guid.CreateVersion7(), OrgUnitId = s.OrgUnitId, CreatedAt = time.GetUtcNow(), Kind = "village-report", Link = "/tu-thon",
            Subject = Messages.Get("village.found.subject", Messages.Vietnamese),
            Body = Messages.Get("village.found.body", Messages.Vietnamese, village ?? "—", Messages.Get("village.kind." + kind, Messages.Vietnamese), day),
            SubjectEn = Messages.Get("village.found.subject", Messages.English),
            BodyEn = Messages.Get("village.found.body", Messages.English, village ?? "—", Messages.Get("village.kind." + kind, Messages.English), day),
        });
    }

    private static void CheckRecent(ValidationErrors errors, string field, DateOnly? on, DateOnly today)
    {
        if (on is { } d && (d > today || d < today.AddDays(-MaxDaysBack)))
        {
            errors.Add(field, "village.record.date");
        }
    }

    private static SyncFieldError ErrorOf(FieldError e) =>
        new("data." + e.Field, e.Message(Messages.Vietnamese), e.Message(Messages.English));

    private static string Clip(string text) => text.Length <= 30 ? text : text[..30];

    /// <summary>Reads the fields of a record's <c>data</c>, adding a field error for a value of the wrong type.</summary>
    private sealed class RecordReader(JsonElement data, ValidationErrors errors)
    {
        private JsonElement? Get(string name) =>
            data.TryGetProperty(name, out var v) && v.ValueKind is not (JsonValueKind.Null or JsonValueKind.Undefined) ? v : null;

        public DateOnly? Date(string name, bool required = false)
        {
            if (Get(name) is not { } v)
            {
                if (required)
                {
                    errors.Add(name, "required");
                }

                return null;
            }

            if (v.ValueKind == JsonValueKind.String && DateOnly.TryParseExact(v.GetString(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) && DateRules.InRange(d))
            {
                return d;
            }

            errors.Add(name, "date.invalid");
            return null;
        }

        public Guid? Guid(string name, bool required = false)
        {
            if (Get(name) is { ValueKind: JsonValueKind.String } v && System.Guid.TryParse(v.GetString(), out var g))
            {
                return g;
            }

            errors.Add(name, required && Get(name) is null ? "required" : "request.invalid");
            return null;
        }

        public int? Int(string name) => Decimal(name) is { } d ? (d == Math.Floor(d) && Math.Abs(d) < 100_000 ? (int)d : Invalid<int>(name)) : null;

        public decimal? Decimal(string name)
        {
            if (Get(name) is not { } v)
            {
                return null;
            }

            if (v.ValueKind == JsonValueKind.Number && v.TryGetDecimal(out var n))
            {
                return n;
            }

            // A number typed on a Vietnamese phone may arrive as text with a decimal comma ("6,5").
            if (v.ValueKind == JsonValueKind.String && decimal.TryParse(v.GetString()?.Trim().Replace(',', '.'), NumberStyles.AllowDecimalPoint | NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var t))
            {
                return t;
            }

            errors.Add(name, "number.invalid");
            return null;
        }

        public bool? Bool(string name) => Get(name) is { } v ? v.ValueKind switch
        {
            JsonValueKind.True => true,
            JsonValueKind.False => false,
            _ => Invalid<bool>(name),
        } : null;

        public string? Text(string name, int max)
        {
            if (Get(name) is not { } v)
            {
                return null;
            }

            if (v.ValueKind != JsonValueKind.String)
            {
                errors.Add(name, "request.invalid");
                return null;
            }

            var t = v.GetString()!.Trim();
            if (t.Length > max)
            {
                errors.Add(name, "tooLong", max);
                return null;
            }

            return t.Length == 0 ? null : TextFolding.Nfc(t);
        }

        private T? Invalid<T>(string name)
            where T : struct
        {
            errors.Add(name, "number.invalid");
            return null;
        }
    }
}
