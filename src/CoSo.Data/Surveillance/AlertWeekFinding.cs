using CoSo.Core.Organisation;
using CoSo.Core.Surveillance;
using CoSo.Core.Surveillance.Alerts;

namespace CoSo.Data.Surveillance;

/// <summary>What a run found for one area × disease × week, before it is merged into an alert.</summary>
internal readonly record struct AlertWeekFinding(OrgUnit Area, NotifiableDisease Disease, IsoWeek Week, DateOnly EvaluatedOn, AlertFinding Finding);
