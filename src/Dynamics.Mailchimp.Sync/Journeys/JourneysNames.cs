namespace Dynamics.Mailchimp.Sync.Journeys;

/// <summary>
/// The Customer Insights – Journeys names and choice values the job reads and writes, written once. Source: Microsoft's
/// "Contact Point Consent (msdynmkt_contactpointconsent4) table/entity reference"
/// (https://learn.microsoft.com/dynamics365/developer/reference/entities/msdynmkt_contactpointconsent4).
/// </summary>
public static class JourneysNames
{
    /// <summary>The contact point consent table.</summary>
    public const string ConsentTable = "msdynmkt_contactpointconsent4";

    /// <summary>Its entity set.</summary>
    public const string ConsentSet = "msdynmkt_contactpointconsent4s";

    /// <summary>Its primary key.</summary>
    public const string ConsentId = "msdynmkt_contactpointconsent4id";

    /// <summary>The purpose table's entity set (the target of <see cref="PurposeId"/>).</summary>
    public const string PurposeSet = "msdynmkt_purposes";

    /// <summary>The topic table's entity set (the target of <see cref="TopicId"/>).</summary>
    public const string TopicSet = "msdynmkt_topics";

    /// <summary><c>msdynmkt_contactpointvalue</c>: the address, for the email channel (String 400).</summary>
    public const string ContactPointValue = "msdynmkt_contactpointvalue";

    /// <summary><c>msdynmkt_contactpointtype</c>: the channel.</summary>
    public const string ContactPointType = "msdynmkt_contactpointtype";

    /// <summary><c>msdynmkt_contactpointconsenttype</c>: purpose or topic consent.</summary>
    public const string ConsentType = "msdynmkt_contactpointconsenttype";

    /// <summary><c>msdynmkt_value</c>: the consent.</summary>
    public const string Value = "msdynmkt_value";

    /// <summary><c>msdynmkt_source</c>.</summary>
    public const string Source = "msdynmkt_source";

    /// <summary><c>msdynmkt_logicalreason</c>: the reason as a choice.</summary>
    public const string LogicalReason = "msdynmkt_logicalreason";

    /// <summary><c>msdynmkt_reason</c>: the reason in words (String 500).</summary>
    public const string Reason = "msdynmkt_reason";

    /// <summary><c>msdynmkt_modifiedonbehalf</c>: who requested the change (String 500).</summary>
    public const string ModifiedOnBehalf = "msdynmkt_modifiedonbehalf";

    /// <summary><c>msdynmkt_purposeid</c>: lookup to <c>msdynmkt_purpose</c>.</summary>
    public const string PurposeId = "msdynmkt_purposeid";

    /// <summary><c>msdynmkt_topicid</c>: lookup to <c>msdynmkt_topic</c>.</summary>
    public const string TopicId = "msdynmkt_topicid";

    /// <summary><c>statecode</c>: only active records count.</summary>
    public const string State = "statecode";

    /// <summary><c>msdynmkt_contactpointtype</c> Email.</summary>
    public const int EmailChannel = 534120000;

    /// <summary><c>msdynmkt_contactpointconsenttype</c> Purpose.</summary>
    public const int PurposeConsent = 534120000;

    /// <summary><c>msdynmkt_contactpointconsenttype</c> Topic.</summary>
    public const int TopicConsent = 534120001;

    /// <summary><c>msdynmkt_value</c> Not Set.</summary>
    public const int NotSet = 534120000;

    /// <summary><c>msdynmkt_value</c> Opted In.</summary>
    public const int OptedIn = 534120001;

    /// <summary><c>msdynmkt_value</c> Opted Out.</summary>
    public const int OptedOut = 534120002;

    /// <summary><c>msdynmkt_source</c> Internal (its default): none of the documented sources is "another system", and the job writes from inside the org.</summary>
    public const int InternalSource = 534120000;

    /// <summary><c>msdynmkt_logicalreason</c> No reasons: Mailchimp's reasons are free text, written to <see cref="Reason"/>.</summary>
    public const int NoReasons = 534119999;

    /// <summary>The active <c>statecode</c>.</summary>
    public const int Active = 0;

    /// <summary>The longest <c>msdynmkt_reason</c> and <c>msdynmkt_modifiedonbehalf</c>.</summary>
    public const int ReasonMaxLength = 500;
}
