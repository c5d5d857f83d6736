using System.Globalization;
using CoSo.Core.Common;
using CoSo.Core.Organisation;
using CoSo.Core.People;

namespace CoSo.Data.People;

/// <summary>Turns one CSV record into a ready-to-write <see cref="Person"/> or the field errors that reject it.</summary>
internal sealed class PersonRowParser
{
    private readonly Dictionary<string, int> _columns;
    private readonly IReadOnlyDictionary<string, OrgUnit> _units;
    private readonly string? _defaultStation;
    private readonly DateOnly _today;

    public PersonRowParser(IReadOnlyList<string> header, IReadOnlyDictionary<string, OrgUnit> units, string? defaultStation, DateOnly today)
    {
        _columns = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < header.Count; i++)
        {
            _columns.TryAdd(header[i].Trim(), i);
        }

        _units = units;
        _defaultStation = string.IsNullOrWhiteSpace(defaultStation) ? null : defaultStation.Trim();
        _today = today;
    }

    /// <summary>Required columns absent from the header (station_code may be absent when a default station is given).</summary>
    public List<string> MissingColumns()
    {
        var missing = new List<string>();
        foreach (var c in new[] { ImportColumns.Cccd, ImportColumns.FullName, ImportColumns.Sex })
        {
            if (!_columns.ContainsKey(c))
            {
                missing.Add(c);
            }
        }

        if (!_columns.ContainsKey(ImportColumns.BirthDate) && !_columns.ContainsKey(ImportColumns.BirthYear))
        {
            missing.Add(ImportColumns.BirthDate + "|" + ImportColumns.BirthYear);
        }

        if (_defaultStation is null && !_columns.ContainsKey(ImportColumns.StationCode))
        {
            missing.Add(ImportColumns.StationCode);
        }

        return missing;
    }

    public Person? Parse(CsvRow row, List<FieldError> errors)
    {
        string Get(string column) => _columns.TryGetValue(column, out var i) && i < row.Fields.Count ? row.Fields[i].Trim() : string.Empty;

        var birthDate = ParseDate(Get(ImportColumns.BirthDate), ImportColumns.BirthDate, errors);
        int? birthYear = null;
        var yearText = Get(ImportColumns.BirthYear);
        if (yearText.Length > 0)
        {
            if (int.TryParse(yearText, NumberStyles.None, CultureInfo.InvariantCulture, out var y))
            {
                birthYear = y;
            }
            else
            {
                errors.Add(new FieldError(ImportColumns.BirthYear, "import.value", yearText));
            }
        }

        var sexText = TextFolding.Fold(Get(ImportColumns.Sex));
        Sex? sex = sexText switch
        {
            "m" or "nam" or "male" => Sex.Male,
            "f" or "nu" or "female" => Sex.Female,
            _ => null,
        };

        var cccd = Get(ImportColumns.Cccd);
        if (cccd.Length == 0)
        {
            // Idempotence rests on the CCCD: a row without one could only ever be inserted again.
            errors.Add(new FieldError(ImportColumns.Cccd, "required"));
        }

        var station = Station(Get(ImportColumns.StationCode), errors);
        var village = Village(Get(ImportColumns.VillageCode), station, errors);
        var input = new PersonInput
        {
            FullName = Get(ImportColumns.FullName),
            BirthDate = birthDate,
            BirthYear = birthYear,
            Sex = sex,
            Cccd = cccd,
            EthnicityCode = Get(ImportColumns.EthnicityCode),
            Phone = Get(ImportColumns.Phone),
            AddressLine = Get(ImportColumns.Address),
            OrgUnitId = station?.Id,
            VillageId = village?.Id,
            BhytNumber = Get(ImportColumns.BhytNumber),
            BhytValidFrom = ParseDate(Get(ImportColumns.BhytValidFrom), ImportColumns.BhytValidFrom, errors),
            BhytValidTo = ParseDate(Get(ImportColumns.BhytValidTo), ImportColumns.BhytValidTo, errors),
            BhytFacilityCode = Get(ImportColumns.BhytFacilityCode),
        };
        foreach (var e in PersonRules.Validate(input, _today).Errors)
        {
            errors.Add(e with { Field = ImportColumns.FromRuleField(e.Field) });
        }

        if (errors.Count > 0 || station is null)
        {
            return null;
        }

        var person = new Person
        {
            ProvinceCode = station.ProvinceCode,
            OrgUnitId = station.Id,
            CommuneCode = station.AdminUnitCode,
        };
        PersonRules.Apply(input, person);
        return person;
    }

    private OrgUnit? Station(string code, List<FieldError> errors)
    {
        code = code.Length == 0 ? _defaultStation ?? string.Empty : code;
        if (code.Length == 0)
        {
            errors.Add(new FieldError(ImportColumns.StationCode, "required"));
            return null;
        }

        if (!_units.TryGetValue(code, out var unit) || unit.Kind != OrgUnitKind.CommuneHealthStation)
        {
            errors.Add(new FieldError(ImportColumns.StationCode, "orgUnit.unknown", code));
            return null;
        }

        return unit;
    }

    private OrgUnit? Village(string code, OrgUnit? station, List<FieldError> errors)
    {
        if (code.Length == 0)
        {
            return null;
        }

        if (!_units.TryGetValue(code, out var unit) || unit.Kind is not (OrgUnitKind.Village or OrgUnitKind.VillageHealthPost))
        {
            errors.Add(new FieldError(ImportColumns.VillageCode, "orgUnit.unknown", code));
            return null;
        }

        if (station is not null && unit.ParentId != station.Id)
        {
            errors.Add(new FieldError(ImportColumns.VillageCode, "village.notInCatchment"));
        }

        return unit;
    }

    private static DateOnly? ParseDate(string text, string column, List<FieldError> errors)
    {
        if (text.Length == 0)
        {
            return null;
        }

        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d))
        {
            return d;
        }

        errors.Add(new FieldError(column, "import.value", text));
        return null;
    }
}
