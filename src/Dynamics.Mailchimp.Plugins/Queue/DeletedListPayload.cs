using System.Globalization;
using System.Text;
using Dynamics.Mailchimp.Plugins.Names;

namespace Dynamics.Mailchimp.Plugins.Queue
{
    /// <summary>
    /// What a List deleted row carries in <see cref="QueueItemFields.Payload"/>: the list's mapping from the pre-image and
    /// whether its former members were captured. Immutable; written as flat JSON (see <see cref="DeletedListPayloadFields"/>).
    /// </summary>
    public sealed class DeletedListPayload
    {
        /// <summary>Creates the payload.</summary>
        public DeletedListPayload(string? listName, int? mappingType, string? audienceId, string? tagName, string? interestId, bool updateOnly, int? memberCount, string? notCapturedReason)
        {
            ListName = listName;
            MappingType = mappingType;
            AudienceId = audienceId;
            TagName = tagName;
            InterestId = interestId;
            UpdateOnly = updateOnly;
            MemberCount = memberCount;
            NotCapturedReason = notCapturedReason;
        }

        /// <summary>The list's name.</summary>
        public string? ListName { get; }

        /// <summary>The <c>dmc_mappingtype</c> option value, or null.</summary>
        public int? MappingType { get; }

        /// <summary>The Mailchimp audience id.</summary>
        public string? AudienceId { get; }

        /// <summary>The tag name.</summary>
        public string? TagName { get; }

        /// <summary>The interest id.</summary>
        public string? InterestId { get; }

        /// <summary>Whether the list only updated existing members.</summary>
        public bool UpdateOnly { get; }

        /// <summary>The list's member count before the delete, or null.</summary>
        public int? MemberCount { get; }

        /// <summary>Why the former members were not captured; null when the rows carry them all.</summary>
        public string? NotCapturedReason { get; }

        /// <summary>Whether the rows carry every former member.</summary>
        public bool MembersCaptured => NotCapturedReason == null;

        /// <summary>The JSON text: one flat object, absent values left out.</summary>
        public string ToJson()
        {
            var json = new StringBuilder("{");
            Add(json, DeletedListPayloadFields.ListName, ListName);
            Add(json, DeletedListPayloadFields.MappingType, MappingType);
            Add(json, DeletedListPayloadFields.AudienceId, AudienceId);
            Add(json, DeletedListPayloadFields.TagName, TagName);
            Add(json, DeletedListPayloadFields.InterestId, InterestId);
            AddRaw(json, DeletedListPayloadFields.UpdateOnly, UpdateOnly ? "true" : "false");
            Add(json, DeletedListPayloadFields.MemberCount, MemberCount);
            AddRaw(json, DeletedListPayloadFields.MembersCaptured, MembersCaptured ? "true" : "false");
            Add(json, DeletedListPayloadFields.NotCapturedReason, NotCapturedReason);
            return json.Append('}').ToString();
        }

        private static void Add(StringBuilder json, string name, string? value)
        {
            if (value != null)
            {
                AddRaw(json, name, Quote(value));
            }
        }

        private static void Add(StringBuilder json, string name, int? value)
        {
            if (value.HasValue)
            {
                AddRaw(json, name, value.Value.ToString(CultureInfo.InvariantCulture));
            }
        }

        private static void AddRaw(StringBuilder json, string name, string value)
        {
            if (json.Length > 1)
            {
                json.Append(',');
            }

            json.Append(Quote(name)).Append(':').Append(value);
        }

        private static string Quote(string value)
        {
            var quoted = new StringBuilder(value.Length + 2).Append('"');
            foreach (var c in value)
            {
                switch (c)
                {
                    case '"': quoted.Append("\\\""); break;
                    case '\\': quoted.Append("\\\\"); break;
                    default:
                        if (c < ' ')
                        {
                            quoted.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture));
                        }
                        else
                        {
                            quoted.Append(c);
                        }

                        break;
                }
            }

            return quoted.Append('"').ToString();
        }
    }
}
