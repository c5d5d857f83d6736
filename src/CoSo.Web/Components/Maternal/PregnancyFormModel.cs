using CoSo.Core.Maternal;
using CoSo.Data.Maternal;

namespace CoSo.Web.Components.Maternal;

/// <summary>The registration fields as the form holds them (typed through NumberField/DateField), to and from the API's input.</summary>
public sealed class PregnancyFormModel
{
    public DateOnly? FirstContactDate { get; set; }

    public DateOnly? LastMenstrualPeriod { get; set; }

    public DateOnly? UltrasoundDate { get; set; }

    public int? UltrasoundWeeks { get; set; }

    public int? UltrasoundDays { get; set; }

    public DateOnly? ExpectedDeliveryDate { get; set; }

    public int? FirstContactGestationWeeks { get; set; }

    public int? Gravida { get; set; }

    public int? TermBirths { get; set; }

    public int? PretermBirths { get; set; }

    public int? Abortions { get; set; }

    public int? LivingChildren { get; set; }

    public bool PreviousCaesarean { get; set; }

    public bool Hypertension { get; set; }

    public bool Diabetes { get; set; }

    public bool Anaemia { get; set; }

    public InfectionStatus HivStatus { get; set; }

    public InfectionStatus SyphilisStatus { get; set; }

    public InfectionStatus HepatitisBStatus { get; set; }

    public string? Notes { get; set; }

    public PregnancyRegistration ToInput() => new()
    {
        FirstContactDate = FirstContactDate, LastMenstrualPeriod = LastMenstrualPeriod, UltrasoundDate = UltrasoundDate, UltrasoundWeeks = UltrasoundWeeks,
        UltrasoundDays = UltrasoundDays, ExpectedDeliveryDate = ExpectedDeliveryDate, FirstContactGestationWeeks = FirstContactGestationWeeks,
        Gravida = Gravida, TermBirths = TermBirths, PretermBirths = PretermBirths, Abortions = Abortions, LivingChildren = LivingChildren,
        PreviousCaesarean = PreviousCaesarean, Hypertension = Hypertension, Diabetes = Diabetes, Anaemia = Anaemia,
        HivStatus = HivStatus, SyphilisStatus = SyphilisStatus, HepatitisBStatus = HepatitisBStatus, Notes = Notes,
    };

    public static PregnancyFormModel From(PregnancyCard c)
    {
        ArgumentNullException.ThrowIfNull(c);
        return new PregnancyFormModel
        {
            FirstContactDate = c.FirstContactDate, LastMenstrualPeriod = c.LastMenstrualPeriod, UltrasoundDate = c.UltrasoundDate,
            UltrasoundWeeks = c.UltrasoundGestationDays / 7, UltrasoundDays = c.UltrasoundGestationDays % 7, ExpectedDeliveryDate = c.GivenDeliveryDate,
            FirstContactGestationWeeks = c.FirstContactGestationWeeks, Gravida = c.Gravida, TermBirths = c.TermBirths, PretermBirths = c.PretermBirths,
            Abortions = c.Abortions, LivingChildren = c.LivingChildren, PreviousCaesarean = c.PreviousCaesarean, Hypertension = c.Hypertension,
            Diabetes = c.Diabetes, Anaemia = c.Anaemia, HivStatus = c.HivStatus, SyphilisStatus = c.SyphilisStatus, HepatitisBStatus = c.HepatitisBStatus,
            Notes = c.Notes,
        };
    }
}
