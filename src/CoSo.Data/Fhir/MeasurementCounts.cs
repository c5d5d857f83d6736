namespace CoSo.Data.Fhir;

/// <summary>Visits with each measurement, in the order of the Observation kinds.</summary>
public sealed record MeasurementCounts(int BloodPressure, int HeartRate, int RespiratoryRate, int Temperature, int OxygenSaturation, int Weight, int Height, int Bmi, int Glucose);
