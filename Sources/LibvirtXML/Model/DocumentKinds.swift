// MARK: - Document kinds

/// The typed model of each libvirt document, by root element name.
public enum LibvirtDocuments {
    /// Every document model, by the name of its root element.
    public static let models: [String: any XMLDocumentModel.Type] = {
        var models: [String: any XMLDocumentModel.Type] = [:]
        for model in all { models[model.rootElement] = model }
        return models
    }()

    static let all: [any XMLDocumentModel.Type] = [
        DomainDefinition.self, NetworkDefinition.self, StoragePoolDefinition.self, StorageVolumeDefinition.self,
        SecretDefinition.self, NetworkPortDefinition.self, NWFilterBindingDefinition.self,
        DomainSnapshotDefinition.self, DomainCheckpointDefinition.self, DomainBackupDefinition.self,
        NodeDeviceDefinition.self, InterfaceDefinition.self, NWFilterDefinition.self,
        HostCapabilities.self, DomainCapabilities.self, StoragePoolCapabilities.self,
    ]

    /// Parses `xml` with the model its root element names.
    public static func parse(_ xml: String) throws(XMLError) -> any XMLDocumentModel {
        let document = try XMLDocument(parsing: xml)
        guard let model = models[document.root.name] else {
            throw XMLError("no model for <\(document.root.name)>")
        }
        return try model.init(document: document)
    }
}
