namespace CoSo.Core.Chronic;

/// <summary>
/// The cohort arithmetic of HEARTS/Simple control indicators, pure so that it is tested by hand-worked cases.
/// Definitions (docs/chronic-care.md): for month M ending E, a patient counts when registered on or before E and
/// neither dead nor gone (transfer/move) on or before E. The control denominator excludes those registered in the
/// 3-month window and those with no contact in 12 months (lost to follow-up). Among the rest, the latest contact in
/// the 3-month window that carries the measure decides controlled/uncontrolled.
/// </summary>
public static class HeartsIndicators
{
    public static HeartsMonth Compute(IEnumerable<CohortPatient> patients, ChronicProgramme programme, ReportMonth month, ProtocolTarget? target = null)
    {
        target ??= new ProtocolTarget();
        var end = month.End;
        var cumulative = new List<Guid>();
        var fresh = new List<Guid>();
        var underCare = new List<Guid>();
        var adjusted = new List<Guid>();
        var ltfu = new List<Guid>();
        var controlled = new List<Guid>();
        var uncontrolled = new List<Guid>();
        var noMeasure = new List<Guid>();
        var missed = new List<Guid>();
        foreach (var p in patients)
        {
            if (p.RegisteredOn > end || p.ArrivedOn > end || p.DiedOn <= end || p.LeftOn <= end)
            {
                continue;
            }

            cumulative.Add(p.Id);
            if (p.RegisteredOn >= month.Start)
            {
                fresh.Add(p.Id);
            }

            var contacts = p.Visits.Where(v => v.Date <= end).ToList();
            var inTwelve = contacts.Any(v => v.Date >= month.TwelveMonthStart);
            if (inTwelve)
            {
                underCare.Add(p.Id);
            }

            if (p.RegisteredOn >= month.ThreeMonthStart)
            {
                continue;
            }

            adjusted.Add(p.Id);
            if (!inTwelve)
            {
                ltfu.Add(p.Id);
                continue;
            }

            var recent = contacts.Where(v => v.Date >= month.ThreeMonthStart).ToList();
            if (recent.Count == 0)
            {
                missed.Add(p.Id);
                continue;
            }

            // Latest measured contact; on the same date the later one in the list wins (entry order).
            var measured = recent.Select((v, i) => (v, i)).Where(x => Outcome(x.v, programme, target) is not null)
                .OrderBy(x => x.v.Date).ThenBy(x => x.i).Select(x => x.v).LastOrDefault();
            if (measured is null)
            {
                noMeasure.Add(p.Id);
            }
            else if (Outcome(measured, programme, target) == true)
            {
                controlled.Add(p.Id);
            }
            else
            {
                uncontrolled.Add(p.Id);
            }
        }

        var denominator = adjusted.Count - ltfu.Count;
        return new HeartsMonth
        {
            Month = month,
            NewRegistrations = new Indicator(fresh.Count, cumulative.Count, fresh),
            CumulativeRegistered = new Indicator(cumulative.Count, cumulative.Count, cumulative),
            UnderCare = new Indicator(underCare.Count, cumulative.Count, underCare),
            LostToFollowUp = new Indicator(ltfu.Count, adjusted.Count, ltfu),
            Controlled = new Indicator(controlled.Count, denominator, controlled),
            // WHO HEARTS: controlled over everyone registered ≥ 3 months (the lost to follow-up count as not controlled).
            ControlledOfRegistered = new Indicator(controlled.Count, adjusted.Count, controlled),
            Uncontrolled = new Indicator(uncontrolled.Count, denominator, uncontrolled),
            VisitNoMeasure = new Indicator(noMeasure.Count, denominator, noMeasure),
            MissedVisit = new Indicator(missed.Count, denominator, missed),
        };
    }

    /// <summary>
    /// The quarterly cohort report (Simple's ControlRateCohortQuery, WHO HEARTS cohort analysis): the patients
    /// registered in quarter Q (first registration in Q, not transferred in later) and their outcome in Q + 1 — the
    /// latest measured contact of Q + 1 decides controlled / uncontrolled; a contact without the measure is "visited,
    /// no measure"; no contact is a missed visit; death or leaving before the end of Q + 1 is counted apart.
    /// </summary>
    public static CohortOutcome Cohort(IEnumerable<CohortPatient> patients, ChronicProgramme programme, int year, int quarter, ProtocolTarget? target = null)
    {
        target ??= new ProtocolTarget();
        var start = new DateOnly(year, (quarter - 1) * 3 + 1, 1);
        var outcomeStart = start.AddMonths(3);
        var outcomeEnd = start.AddMonths(6).AddDays(-1);
        var registered = new List<Guid>();
        var controlled = new List<Guid>();
        var uncontrolled = new List<Guid>();
        var noMeasure = new List<Guid>();
        var missed = new List<Guid>();
        var gone = new List<Guid>();
        foreach (var p in patients.Where(p => p.RegisteredOn >= start && p.RegisteredOn < outcomeStart && (p.ArrivedOn is null || p.ArrivedOn < outcomeStart)))
        {
            registered.Add(p.Id);
            if (p.DiedOn <= outcomeEnd || p.LeftOn <= outcomeEnd)
            {
                gone.Add(p.Id);
                continue;
            }

            var inWindow = p.Visits.Select((v, i) => (v, i)).Where(x => x.v.Date >= outcomeStart && x.v.Date <= outcomeEnd).ToList();
            var measured = inWindow.Where(x => Outcome(x.v, programme, target) is not null).OrderBy(x => x.v.Date).ThenBy(x => x.i).Select(x => x.v).LastOrDefault();
            (inWindow.Count == 0 ? missed : measured is null ? noMeasure : Outcome(measured, programme, target) == true ? controlled : uncontrolled).Add(p.Id);
        }

        var n = registered.Count;
        return new CohortOutcome($"{year:D4}-Q{quarter}", new Indicator(n, n, registered), new Indicator(controlled.Count, n, controlled),
            new Indicator(uncontrolled.Count, n, uncontrolled), new Indicator(noMeasure.Count, n, noMeasure), new Indicator(missed.Count, n, missed),
            new Indicator(gone.Count, n, gone));
    }

    /// <summary>True = controlled, false = not, null = the contact did not measure it.</summary>
    public static bool? Outcome(CohortVisit v, ChronicProgramme programme, ProtocolTarget target)
    {
        if (programme == ChronicProgramme.Hypertension)
        {
            return v.Systolic is { } s && v.Diastolic is { } d ? s < target.Systolic && d < target.Diastolic : null;
        }

        // HbA1c, when measured, is the better marker; otherwise fasting glucose.
        if (v.HbA1c is { } a)
        {
            return a < target.HbA1c;
        }

        return v.FastingGlucose is { } g ? g < target.FastingGlucose : null;
    }
}
