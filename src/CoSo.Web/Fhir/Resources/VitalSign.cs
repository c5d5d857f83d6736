using CoSo.Data.Fhir;
using CoSoEncounter = CoSo.Core.Encounters.Encounter;

namespace CoSo.Web.Fhir.Resources;

/// <summary>
/// One measurement of a visit as an Observation kind: the R4 vital-signs profile it follows (http://hl7.org/fhir/R4/observation-vitalsigns.html),
/// its LOINC code(s) and UCUM unit (fhir-notes §3). Blood pressure is one panel 85354-9 with systolic 8480-6 and
/// diastolic 8462-4 as components; capillary glucose is 14743-9 (moles/volume, glucometer) under laboratory.
/// </summary>
public sealed record VitalSign(int Index, string Key, string? Profile, string Category, string[] Codes, string Display, string UcumCode, string Unit, Func<CoSoEncounter, decimal?> Value, Func<MeasurementCounts, int> Count)
{
    public const string VitalSigns = "vital-signs";
    public const string Laboratory = "laboratory";
    public const string BloodPressurePanel = "85354-9";
    public const string Systolic = "8480-6";
    public const string Diastolic = "8462-4";

    public static IReadOnlyList<VitalSign> All { get; } =
    [
        // Index order is the paging order inside a visit (the cursor names "<visit id>-<key>").
        new(0, "bp", "http://hl7.org/fhir/StructureDefinition/bp", VitalSigns, [BloodPressurePanel], "Blood pressure panel with all children optional", "mm[Hg]", "mmHg",
            e => e.Systolic ?? e.Diastolic, c => c.BloodPressure),
        new(1, "heartrate", "http://hl7.org/fhir/StructureDefinition/heartrate", VitalSigns, ["8867-4"], "Heart rate", "/min", "beats/minute", e => e.Pulse, c => c.HeartRate),
        new(2, "resprate", "http://hl7.org/fhir/StructureDefinition/resprate", VitalSigns, ["9279-1"], "Respiratory rate", "/min", "breaths/minute", e => e.RespiratoryRate, c => c.RespiratoryRate),
        new(3, "bodytemp", "http://hl7.org/fhir/StructureDefinition/bodytemp", VitalSigns, ["8310-5"], "Body temperature", "Cel", "C", e => e.TemperatureC, c => c.Temperature),
        new(4, "oxygensat", "http://hl7.org/fhir/StructureDefinition/oxygensat", VitalSigns, ["2708-6", "59408-5"], "Oxygen saturation in Arterial blood", "%", "%", e => e.SpO2, c => c.OxygenSaturation),
        new(5, "bodyweight", "http://hl7.org/fhir/StructureDefinition/bodyweight", VitalSigns, ["29463-7"], "Body weight", "kg", "kg", e => e.WeightKg, c => c.Weight),
        new(6, "bodyheight", "http://hl7.org/fhir/StructureDefinition/bodyheight", VitalSigns, ["8302-2"], "Body height", "cm", "cm", e => e.HeightCm, c => c.Height),
        new(7, "bmi", "http://hl7.org/fhir/StructureDefinition/bmi", VitalSigns, ["39156-5"], "Body mass index (BMI) [Ratio]", "kg/m2", "kg/m2", e => e.Bmi, c => c.Bmi),
        new(8, "glucose", null, Laboratory, ["14743-9"], "Glucose [Moles/volume] in Capillary blood by Glucometer", "mmol/L", "mmol/L", e => e.CapillaryGlucoseMmol, c => c.Glucose),
    ];

    public static VitalSign? Find(string key) => All.FirstOrDefault(v => v.Key == key);
}
