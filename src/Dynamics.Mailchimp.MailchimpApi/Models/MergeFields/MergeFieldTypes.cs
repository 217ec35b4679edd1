namespace Dynamics.Mailchimp.MailchimpApi.Models.MergeFields;

/// <summary>Merge-field types accepted by <c>POST /lists/{id}/merge-fields</c>.</summary>
public static class MergeFieldTypes
{
    /// <summary>Free text.</summary>
    public const string Text = "text";

    /// <summary>A number.</summary>
    public const string Number = "number";

    /// <summary>A postal address object.</summary>
    public const string Address = "address";

    /// <summary>A phone number.</summary>
    public const string Phone = "phone";

    /// <summary>A date.</summary>
    public const string Date = "date";

    /// <summary>A birthday (month/day).</summary>
    public const string Birthday = "birthday";

    /// <summary>A URL.</summary>
    public const string Url = "url";

    /// <summary>A drop-down with choices.</summary>
    public const string Dropdown = "dropdown";

    /// <summary>Radio buttons with choices.</summary>
    public const string Radio = "radio";

    /// <summary>A zip code.</summary>
    public const string Zip = "zip";
}
