using System;

namespace Microsoft.Xrm.Sdk
{
    /// <summary>A message request: its name and parameters.</summary>
    public class OrganizationRequest
    {
        /// <summary>A request with no name.</summary>
        public OrganizationRequest()
        {
            Parameters = new ParameterCollection();
        }

        /// <summary>A request for message <paramref name="requestName"/>.</summary>
        public OrganizationRequest(string requestName)
            : this()
        {
            RequestName = requestName;
        }

        /// <summary>The request's parameters.</summary>
        public ParameterCollection Parameters { get; set; }

        /// <summary>An id the caller gives the request.</summary>
        public Guid? RequestId { get; set; }

        /// <summary>The message name, for example <c>Create</c> or <c>AddMemberList</c>.</summary>
        public string RequestName { get; set; }

        /// <summary>Gets (throws when missing) or sets a parameter.</summary>
        public object this[string parameterName]
        {
            get => Parameters[parameterName];
            set => Parameters[parameterName] = value;
        }
    }
}
