import * as $protobuf from "protobufjs/minimal.js";
import Long = require("long");

/** Namespace sinhtrac. */
export namespace sinhtrac {

    /** Namespace v1. */
    namespace v1 {

        /**
         * Properties of a CreateRecordRequest.
         * @deprecated Use sinhtrac.v1.CreateRecordRequest.$Properties instead.
         */
        interface ICreateRecordRequest extends sinhtrac.v1.CreateRecordRequest.$Properties {
        }

        /** Represents a CreateRecordRequest. */
        class CreateRecordRequest {

            /**
             * Constructs a new CreateRecordRequest.
             * @param [properties] Properties to set
             */
            constructor(properties?: sinhtrac.v1.CreateRecordRequest.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** CreateRecordRequest cccd. */
            cccd: string;

            /** CreateRecordRequest face. */
            face: sinhtrac.v1.FaceSample;

            /** CreateRecordRequest fingers. */
            fingers: sinhtrac.v1.FingerSample[];

            /**
             * Creates a new CreateRecordRequest instance using the specified properties.
             * @param [properties] Properties to set
             * @returns CreateRecordRequest instance
             */
            static create(properties: sinhtrac.v1.CreateRecordRequest.$Shape): sinhtrac.v1.CreateRecordRequest & sinhtrac.v1.CreateRecordRequest.$Shape;
            static create(properties?: sinhtrac.v1.CreateRecordRequest.$Properties): sinhtrac.v1.CreateRecordRequest;

            /**
             * Encodes the specified CreateRecordRequest message. Does not implicitly {@link sinhtrac.v1.CreateRecordRequest.verify|verify} messages.
             * @param message CreateRecordRequest message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: sinhtrac.v1.CreateRecordRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a CreateRecordRequest message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {sinhtrac.v1.CreateRecordRequest & sinhtrac.v1.CreateRecordRequest.$Shape} CreateRecordRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): sinhtrac.v1.CreateRecordRequest & sinhtrac.v1.CreateRecordRequest.$Shape;

            /**
             * Verifies a CreateRecordRequest message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a CreateRecordRequest message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns CreateRecordRequest
             */
            static fromObject(object: { [k: string]: any }): sinhtrac.v1.CreateRecordRequest;

            /**
             * Creates a plain object from a CreateRecordRequest message. Also converts values to other types if specified.
             * @param message CreateRecordRequest
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: sinhtrac.v1.CreateRecordRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this CreateRecordRequest to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for CreateRecordRequest
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace CreateRecordRequest {

            /** Properties of a CreateRecordRequest. */
            interface $Properties {

                /** CreateRecordRequest cccd */
                cccd?: string;

                /** CreateRecordRequest face */
                face?: sinhtrac.v1.FaceSample.$Properties;

                /** CreateRecordRequest fingers */
                fingers?: sinhtrac.v1.FingerSample.$Properties[];

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a CreateRecordRequest. */
            type $Shape = {
              cccd?: string;
              face?: sinhtrac.v1.FaceSample.$Shape;
              fingers?: sinhtrac.v1.FingerSample.$Shape[];
              $unknowns?: Uint8Array[];
            };
        }

        /**
         * Properties of a ReplaceRecordRequest.
         * @deprecated Use sinhtrac.v1.ReplaceRecordRequest.$Properties instead.
         */
        interface IReplaceRecordRequest extends sinhtrac.v1.ReplaceRecordRequest.$Properties {
        }

        /** Represents a ReplaceRecordRequest. */
        class ReplaceRecordRequest {

            /**
             * Constructs a new ReplaceRecordRequest.
             * @param [properties] Properties to set
             */
            constructor(properties?: sinhtrac.v1.ReplaceRecordRequest.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** ReplaceRecordRequest cccd. */
            cccd: string;

            /** ReplaceRecordRequest face. */
            face: sinhtrac.v1.FaceSample;

            /** ReplaceRecordRequest fingers. */
            fingers: sinhtrac.v1.FingerSample[];

            /**
             * Creates a new ReplaceRecordRequest instance using the specified properties.
             * @param [properties] Properties to set
             * @returns ReplaceRecordRequest instance
             */
            static create(properties: sinhtrac.v1.ReplaceRecordRequest.$Shape): sinhtrac.v1.ReplaceRecordRequest & sinhtrac.v1.ReplaceRecordRequest.$Shape;
            static create(properties?: sinhtrac.v1.ReplaceRecordRequest.$Properties): sinhtrac.v1.ReplaceRecordRequest;

            /**
             * Encodes the specified ReplaceRecordRequest message. Does not implicitly {@link sinhtrac.v1.ReplaceRecordRequest.verify|verify} messages.
             * @param message ReplaceRecordRequest message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: sinhtrac.v1.ReplaceRecordRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a ReplaceRecordRequest message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {sinhtrac.v1.ReplaceRecordRequest & sinhtrac.v1.ReplaceRecordRequest.$Shape} ReplaceRecordRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): sinhtrac.v1.ReplaceRecordRequest & sinhtrac.v1.ReplaceRecordRequest.$Shape;

            /**
             * Verifies a ReplaceRecordRequest message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a ReplaceRecordRequest message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns ReplaceRecordRequest
             */
            static fromObject(object: { [k: string]: any }): sinhtrac.v1.ReplaceRecordRequest;

            /**
             * Creates a plain object from a ReplaceRecordRequest message. Also converts values to other types if specified.
             * @param message ReplaceRecordRequest
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: sinhtrac.v1.ReplaceRecordRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this ReplaceRecordRequest to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for ReplaceRecordRequest
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace ReplaceRecordRequest {

            /** Properties of a ReplaceRecordRequest. */
            interface $Properties {

                /** ReplaceRecordRequest cccd */
                cccd?: string;

                /** ReplaceRecordRequest face */
                face?: sinhtrac.v1.FaceSample.$Properties;

                /** ReplaceRecordRequest fingers */
                fingers?: sinhtrac.v1.FingerSample.$Properties[];

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a ReplaceRecordRequest. */
            type $Shape = {
              cccd?: string;
              face?: sinhtrac.v1.FaceSample.$Shape;
              fingers?: sinhtrac.v1.FingerSample.$Shape[];
              $unknowns?: Uint8Array[];
            };
        }

        /**
         * Properties of a GetRecordRequest.
         * @deprecated Use sinhtrac.v1.GetRecordRequest.$Properties instead.
         */
        interface IGetRecordRequest extends sinhtrac.v1.GetRecordRequest.$Properties {
        }

        /** Represents a GetRecordRequest. */
        class GetRecordRequest {

            /**
             * Constructs a new GetRecordRequest.
             * @param [properties] Properties to set
             */
            constructor(properties?: sinhtrac.v1.GetRecordRequest.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** GetRecordRequest cccd. */
            cccd: string;

            /**
             * Creates a new GetRecordRequest instance using the specified properties.
             * @param [properties] Properties to set
             * @returns GetRecordRequest instance
             */
            static create(properties: sinhtrac.v1.GetRecordRequest.$Shape): sinhtrac.v1.GetRecordRequest & sinhtrac.v1.GetRecordRequest.$Shape;
            static create(properties?: sinhtrac.v1.GetRecordRequest.$Properties): sinhtrac.v1.GetRecordRequest;

            /**
             * Encodes the specified GetRecordRequest message. Does not implicitly {@link sinhtrac.v1.GetRecordRequest.verify|verify} messages.
             * @param message GetRecordRequest message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: sinhtrac.v1.GetRecordRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a GetRecordRequest message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {sinhtrac.v1.GetRecordRequest & sinhtrac.v1.GetRecordRequest.$Shape} GetRecordRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): sinhtrac.v1.GetRecordRequest & sinhtrac.v1.GetRecordRequest.$Shape;

            /**
             * Verifies a GetRecordRequest message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a GetRecordRequest message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns GetRecordRequest
             */
            static fromObject(object: { [k: string]: any }): sinhtrac.v1.GetRecordRequest;

            /**
             * Creates a plain object from a GetRecordRequest message. Also converts values to other types if specified.
             * @param message GetRecordRequest
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: sinhtrac.v1.GetRecordRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this GetRecordRequest to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for GetRecordRequest
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace GetRecordRequest {

            /** Properties of a GetRecordRequest. */
            interface $Properties {

                /** GetRecordRequest cccd */
                cccd?: string;

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a GetRecordRequest. */
            type $Shape = sinhtrac.v1.GetRecordRequest.$Properties;
        }

        /**
         * Properties of a DeleteRecordRequest.
         * @deprecated Use sinhtrac.v1.DeleteRecordRequest.$Properties instead.
         */
        interface IDeleteRecordRequest extends sinhtrac.v1.DeleteRecordRequest.$Properties {
        }

        /** Represents a DeleteRecordRequest. */
        class DeleteRecordRequest {

            /**
             * Constructs a new DeleteRecordRequest.
             * @param [properties] Properties to set
             */
            constructor(properties?: sinhtrac.v1.DeleteRecordRequest.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** DeleteRecordRequest cccd. */
            cccd: string;

            /**
             * Creates a new DeleteRecordRequest instance using the specified properties.
             * @param [properties] Properties to set
             * @returns DeleteRecordRequest instance
             */
            static create(properties: sinhtrac.v1.DeleteRecordRequest.$Shape): sinhtrac.v1.DeleteRecordRequest & sinhtrac.v1.DeleteRecordRequest.$Shape;
            static create(properties?: sinhtrac.v1.DeleteRecordRequest.$Properties): sinhtrac.v1.DeleteRecordRequest;

            /**
             * Encodes the specified DeleteRecordRequest message. Does not implicitly {@link sinhtrac.v1.DeleteRecordRequest.verify|verify} messages.
             * @param message DeleteRecordRequest message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: sinhtrac.v1.DeleteRecordRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a DeleteRecordRequest message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {sinhtrac.v1.DeleteRecordRequest & sinhtrac.v1.DeleteRecordRequest.$Shape} DeleteRecordRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): sinhtrac.v1.DeleteRecordRequest & sinhtrac.v1.DeleteRecordRequest.$Shape;

            /**
             * Verifies a DeleteRecordRequest message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a DeleteRecordRequest message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns DeleteRecordRequest
             */
            static fromObject(object: { [k: string]: any }): sinhtrac.v1.DeleteRecordRequest;

            /**
             * Creates a plain object from a DeleteRecordRequest message. Also converts values to other types if specified.
             * @param message DeleteRecordRequest
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: sinhtrac.v1.DeleteRecordRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this DeleteRecordRequest to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for DeleteRecordRequest
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace DeleteRecordRequest {

            /** Properties of a DeleteRecordRequest. */
            interface $Properties {

                /** DeleteRecordRequest cccd */
                cccd?: string;

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a DeleteRecordRequest. */
            type $Shape = sinhtrac.v1.DeleteRecordRequest.$Properties;
        }

        /**
         * Properties of a DeleteRecordResponse.
         * @deprecated Use sinhtrac.v1.DeleteRecordResponse.$Properties instead.
         */
        interface IDeleteRecordResponse extends sinhtrac.v1.DeleteRecordResponse.$Properties {
        }

        /** Represents a DeleteRecordResponse. */
        class DeleteRecordResponse {

            /**
             * Constructs a new DeleteRecordResponse.
             * @param [properties] Properties to set
             */
            constructor(properties?: sinhtrac.v1.DeleteRecordResponse.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** DeleteRecordResponse deleted. */
            deleted: boolean;

            /**
             * Creates a new DeleteRecordResponse instance using the specified properties.
             * @param [properties] Properties to set
             * @returns DeleteRecordResponse instance
             */
            static create(properties: sinhtrac.v1.DeleteRecordResponse.$Shape): sinhtrac.v1.DeleteRecordResponse & sinhtrac.v1.DeleteRecordResponse.$Shape;
            static create(properties?: sinhtrac.v1.DeleteRecordResponse.$Properties): sinhtrac.v1.DeleteRecordResponse;

            /**
             * Encodes the specified DeleteRecordResponse message. Does not implicitly {@link sinhtrac.v1.DeleteRecordResponse.verify|verify} messages.
             * @param message DeleteRecordResponse message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: sinhtrac.v1.DeleteRecordResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a DeleteRecordResponse message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {sinhtrac.v1.DeleteRecordResponse & sinhtrac.v1.DeleteRecordResponse.$Shape} DeleteRecordResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): sinhtrac.v1.DeleteRecordResponse & sinhtrac.v1.DeleteRecordResponse.$Shape;

            /**
             * Verifies a DeleteRecordResponse message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a DeleteRecordResponse message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns DeleteRecordResponse
             */
            static fromObject(object: { [k: string]: any }): sinhtrac.v1.DeleteRecordResponse;

            /**
             * Creates a plain object from a DeleteRecordResponse message. Also converts values to other types if specified.
             * @param message DeleteRecordResponse
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: sinhtrac.v1.DeleteRecordResponse, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this DeleteRecordResponse to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for DeleteRecordResponse
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace DeleteRecordResponse {

            /** Properties of a DeleteRecordResponse. */
            interface $Properties {

                /** DeleteRecordResponse deleted */
                deleted?: boolean;

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a DeleteRecordResponse. */
            type $Shape = sinhtrac.v1.DeleteRecordResponse.$Properties;
        }

        /**
         * Properties of a StoredFace.
         * @deprecated Use sinhtrac.v1.StoredFace.$Properties instead.
         */
        interface IStoredFace extends sinhtrac.v1.StoredFace.$Properties {
        }

        /** Represents a StoredFace. */
        class StoredFace {

            /**
             * Constructs a new StoredFace.
             * @param [properties] Properties to set
             */
            constructor(properties?: sinhtrac.v1.StoredFace.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** StoredFace template_version. */
            template_version: string;

            /** StoredFace template_bytes. */
            template_bytes: number;

            /**
             * Creates a new StoredFace instance using the specified properties.
             * @param [properties] Properties to set
             * @returns StoredFace instance
             */
            static create(properties: sinhtrac.v1.StoredFace.$Shape): sinhtrac.v1.StoredFace & sinhtrac.v1.StoredFace.$Shape;
            static create(properties?: sinhtrac.v1.StoredFace.$Properties): sinhtrac.v1.StoredFace;

            /**
             * Encodes the specified StoredFace message. Does not implicitly {@link sinhtrac.v1.StoredFace.verify|verify} messages.
             * @param message StoredFace message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: sinhtrac.v1.StoredFace.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a StoredFace message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {sinhtrac.v1.StoredFace & sinhtrac.v1.StoredFace.$Shape} StoredFace
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): sinhtrac.v1.StoredFace & sinhtrac.v1.StoredFace.$Shape;

            /**
             * Verifies a StoredFace message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a StoredFace message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns StoredFace
             */
            static fromObject(object: { [k: string]: any }): sinhtrac.v1.StoredFace;

            /**
             * Creates a plain object from a StoredFace message. Also converts values to other types if specified.
             * @param message StoredFace
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: sinhtrac.v1.StoredFace, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this StoredFace to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for StoredFace
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace StoredFace {

            /** Properties of a StoredFace. */
            interface $Properties {

                /** StoredFace template_version */
                template_version?: string;

                /** StoredFace template_bytes */
                template_bytes?: number;

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a StoredFace. */
            type $Shape = sinhtrac.v1.StoredFace.$Properties;
        }

        /**
         * Properties of a StoredFinger.
         * @deprecated Use sinhtrac.v1.StoredFinger.$Properties instead.
         */
        interface IStoredFinger extends sinhtrac.v1.StoredFinger.$Properties {
        }

        /** Represents a StoredFinger. */
        class StoredFinger {

            /**
             * Constructs a new StoredFinger.
             * @param [properties] Properties to set
             */
            constructor(properties?: sinhtrac.v1.StoredFinger.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** StoredFinger position. */
            position: number;

            /** StoredFinger format. */
            format: string;

            /** StoredFinger template_version. */
            template_version: string;

            /** StoredFinger template_bytes. */
            template_bytes: number;

            /**
             * Creates a new StoredFinger instance using the specified properties.
             * @param [properties] Properties to set
             * @returns StoredFinger instance
             */
            static create(properties: sinhtrac.v1.StoredFinger.$Shape): sinhtrac.v1.StoredFinger & sinhtrac.v1.StoredFinger.$Shape;
            static create(properties?: sinhtrac.v1.StoredFinger.$Properties): sinhtrac.v1.StoredFinger;

            /**
             * Encodes the specified StoredFinger message. Does not implicitly {@link sinhtrac.v1.StoredFinger.verify|verify} messages.
             * @param message StoredFinger message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: sinhtrac.v1.StoredFinger.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a StoredFinger message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {sinhtrac.v1.StoredFinger & sinhtrac.v1.StoredFinger.$Shape} StoredFinger
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): sinhtrac.v1.StoredFinger & sinhtrac.v1.StoredFinger.$Shape;

            /**
             * Verifies a StoredFinger message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a StoredFinger message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns StoredFinger
             */
            static fromObject(object: { [k: string]: any }): sinhtrac.v1.StoredFinger;

            /**
             * Creates a plain object from a StoredFinger message. Also converts values to other types if specified.
             * @param message StoredFinger
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: sinhtrac.v1.StoredFinger, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this StoredFinger to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for StoredFinger
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace StoredFinger {

            /** Properties of a StoredFinger. */
            interface $Properties {

                /** StoredFinger position */
                position?: number;

                /** StoredFinger format */
                format?: string;

                /** StoredFinger template_version */
                template_version?: string;

                /** StoredFinger template_bytes */
                template_bytes?: number;

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a StoredFinger. */
            type $Shape = sinhtrac.v1.StoredFinger.$Properties;
        }

        /**
         * Properties of a RecordInfo.
         * @deprecated Use sinhtrac.v1.RecordInfo.$Properties instead.
         */
        interface IRecordInfo extends sinhtrac.v1.RecordInfo.$Properties {
        }

        /** Represents a RecordInfo. */
        class RecordInfo {

            /**
             * Constructs a new RecordInfo.
             * @param [properties] Properties to set
             */
            constructor(properties?: sinhtrac.v1.RecordInfo.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** RecordInfo cccd. */
            cccd: string;

            /** RecordInfo province. */
            province: string;

            /** RecordInfo sex. */
            sex: string;

            /** RecordInfo birth_year. */
            birth_year: number;

            /** RecordInfo faces. */
            faces: sinhtrac.v1.StoredFace[];

            /** RecordInfo fingers. */
            fingers: sinhtrac.v1.StoredFinger[];

            /** RecordInfo created_at. */
            created_at: string;

            /** RecordInfo updated_at. */
            updated_at: string;

            /** RecordInfo enrolled_by. */
            enrolled_by: string;

            /** RecordInfo key_id. */
            key_id: string;

            /** RecordInfo face. */
            face: sinhtrac.v1.FaceInfo;

            /**
             * Creates a new RecordInfo instance using the specified properties.
             * @param [properties] Properties to set
             * @returns RecordInfo instance
             */
            static create(properties: sinhtrac.v1.RecordInfo.$Shape): sinhtrac.v1.RecordInfo & sinhtrac.v1.RecordInfo.$Shape;
            static create(properties?: sinhtrac.v1.RecordInfo.$Properties): sinhtrac.v1.RecordInfo;

            /**
             * Encodes the specified RecordInfo message. Does not implicitly {@link sinhtrac.v1.RecordInfo.verify|verify} messages.
             * @param message RecordInfo message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: sinhtrac.v1.RecordInfo.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a RecordInfo message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {sinhtrac.v1.RecordInfo & sinhtrac.v1.RecordInfo.$Shape} RecordInfo
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): sinhtrac.v1.RecordInfo & sinhtrac.v1.RecordInfo.$Shape;

            /**
             * Verifies a RecordInfo message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a RecordInfo message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns RecordInfo
             */
            static fromObject(object: { [k: string]: any }): sinhtrac.v1.RecordInfo;

            /**
             * Creates a plain object from a RecordInfo message. Also converts values to other types if specified.
             * @param message RecordInfo
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: sinhtrac.v1.RecordInfo, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this RecordInfo to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for RecordInfo
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace RecordInfo {

            /** Properties of a RecordInfo. */
            interface $Properties {

                /** RecordInfo cccd */
                cccd?: string;

                /** RecordInfo province */
                province?: string;

                /** RecordInfo sex */
                sex?: string;

                /** RecordInfo birth_year */
                birth_year?: number;

                /** RecordInfo faces */
                faces?: sinhtrac.v1.StoredFace.$Properties[];

                /** RecordInfo fingers */
                fingers?: sinhtrac.v1.StoredFinger.$Properties[];

                /** RecordInfo created_at */
                created_at?: string;

                /** RecordInfo updated_at */
                updated_at?: string;

                /** RecordInfo enrolled_by */
                enrolled_by?: string;

                /** RecordInfo key_id */
                key_id?: string;

                /** RecordInfo face */
                face?: sinhtrac.v1.FaceInfo.$Properties;

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a RecordInfo. */
            type $Shape = sinhtrac.v1.RecordInfo.$Properties;
        }

        /** Decision enum. */
        enum Decision {

            /** DECISION_UNSPECIFIED value */
            DECISION_UNSPECIFIED = 0,

            /** MATCH value */
            MATCH = 1,

            /** NO_MATCH value */
            NO_MATCH = 2,

            /** RECAPTURE value */
            RECAPTURE = 3
        }

        /**
         * Properties of a VerifyRequest.
         * @deprecated Use sinhtrac.v1.VerifyRequest.$Properties instead.
         */
        interface IVerifyRequest extends sinhtrac.v1.VerifyRequest.$Properties {
        }

        /** Represents a VerifyRequest. */
        class VerifyRequest {

            /**
             * Constructs a new VerifyRequest.
             * @param [properties] Properties to set
             */
            constructor(properties?: sinhtrac.v1.VerifyRequest.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** VerifyRequest cccd. */
            cccd: string;

            /** VerifyRequest face. */
            face: sinhtrac.v1.FaceSample;

            /** VerifyRequest fingers. */
            fingers: sinhtrac.v1.FingerSample[];

            /** VerifyRequest target_fmr. */
            target_fmr: number;

            /** VerifyRequest level. */
            level: number;

            /**
             * Creates a new VerifyRequest instance using the specified properties.
             * @param [properties] Properties to set
             * @returns VerifyRequest instance
             */
            static create(properties: sinhtrac.v1.VerifyRequest.$Shape): sinhtrac.v1.VerifyRequest & sinhtrac.v1.VerifyRequest.$Shape;
            static create(properties?: sinhtrac.v1.VerifyRequest.$Properties): sinhtrac.v1.VerifyRequest;

            /**
             * Encodes the specified VerifyRequest message. Does not implicitly {@link sinhtrac.v1.VerifyRequest.verify|verify} messages.
             * @param message VerifyRequest message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: sinhtrac.v1.VerifyRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a VerifyRequest message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {sinhtrac.v1.VerifyRequest & sinhtrac.v1.VerifyRequest.$Shape} VerifyRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): sinhtrac.v1.VerifyRequest & sinhtrac.v1.VerifyRequest.$Shape;

            /**
             * Verifies a VerifyRequest message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a VerifyRequest message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns VerifyRequest
             */
            static fromObject(object: { [k: string]: any }): sinhtrac.v1.VerifyRequest;

            /**
             * Creates a plain object from a VerifyRequest message. Also converts values to other types if specified.
             * @param message VerifyRequest
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: sinhtrac.v1.VerifyRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this VerifyRequest to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for VerifyRequest
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace VerifyRequest {

            /** Properties of a VerifyRequest. */
            interface $Properties {

                /** VerifyRequest cccd */
                cccd?: string;

                /** VerifyRequest face */
                face?: sinhtrac.v1.FaceSample.$Properties;

                /** VerifyRequest fingers */
                fingers?: sinhtrac.v1.FingerSample.$Properties[];

                /** VerifyRequest target_fmr */
                target_fmr?: number;

                /** VerifyRequest level */
                level?: number;

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a VerifyRequest. */
            type $Shape = {
              cccd?: string;
              face?: sinhtrac.v1.FaceSample.$Shape;
              fingers?: sinhtrac.v1.FingerSample.$Shape[];
              target_fmr?: number;
              level?: number;
              $unknowns?: Uint8Array[];
            };
        }

        /**
         * Properties of a FaceVerification.
         * @deprecated Use sinhtrac.v1.FaceVerification.$Properties instead.
         */
        interface IFaceVerification extends sinhtrac.v1.FaceVerification.$Properties {
        }

        /** Represents a FaceVerification. */
        class FaceVerification {

            /**
             * Constructs a new FaceVerification.
             * @param [properties] Properties to set
             */
            constructor(properties?: sinhtrac.v1.FaceVerification.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** FaceVerification score. */
            score: number;

            /** FaceVerification match. */
            match: boolean;

            /** FaceVerification threshold. */
            threshold: number;

            /** FaceVerification info. */
            info: sinhtrac.v1.FaceInfo;

            /**
             * Creates a new FaceVerification instance using the specified properties.
             * @param [properties] Properties to set
             * @returns FaceVerification instance
             */
            static create(properties: sinhtrac.v1.FaceVerification.$Shape): sinhtrac.v1.FaceVerification & sinhtrac.v1.FaceVerification.$Shape;
            static create(properties?: sinhtrac.v1.FaceVerification.$Properties): sinhtrac.v1.FaceVerification;

            /**
             * Encodes the specified FaceVerification message. Does not implicitly {@link sinhtrac.v1.FaceVerification.verify|verify} messages.
             * @param message FaceVerification message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: sinhtrac.v1.FaceVerification.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a FaceVerification message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {sinhtrac.v1.FaceVerification & sinhtrac.v1.FaceVerification.$Shape} FaceVerification
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): sinhtrac.v1.FaceVerification & sinhtrac.v1.FaceVerification.$Shape;

            /**
             * Verifies a FaceVerification message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a FaceVerification message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns FaceVerification
             */
            static fromObject(object: { [k: string]: any }): sinhtrac.v1.FaceVerification;

            /**
             * Creates a plain object from a FaceVerification message. Also converts values to other types if specified.
             * @param message FaceVerification
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: sinhtrac.v1.FaceVerification, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this FaceVerification to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for FaceVerification
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace FaceVerification {

            /** Properties of a FaceVerification. */
            interface $Properties {

                /** FaceVerification score */
                score?: number;

                /** FaceVerification match */
                match?: boolean;

                /** FaceVerification threshold */
                threshold?: number;

                /** FaceVerification info */
                info?: sinhtrac.v1.FaceInfo.$Properties;

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a FaceVerification. */
            type $Shape = sinhtrac.v1.FaceVerification.$Properties;
        }

        /**
         * Properties of a FingerVerification.
         * @deprecated Use sinhtrac.v1.FingerVerification.$Properties instead.
         */
        interface IFingerVerification extends sinhtrac.v1.FingerVerification.$Properties {
        }

        /** Represents a FingerVerification. */
        class FingerVerification {

            /**
             * Constructs a new FingerVerification.
             * @param [properties] Properties to set
             */
            constructor(properties?: sinhtrac.v1.FingerVerification.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** FingerVerification position. */
            position: number;

            /** FingerVerification score. */
            score: number;

            /** FingerVerification match. */
            match: boolean;

            /** FingerVerification quality. */
            quality: number;

            /** FingerVerification minutiae_count. */
            minutiae_count: number;

            /** FingerVerification reason. */
            reason: string;

            /** FingerVerification quality_feedback. */
            quality_feedback: string[];

            /**
             * Creates a new FingerVerification instance using the specified properties.
             * @param [properties] Properties to set
             * @returns FingerVerification instance
             */
            static create(properties: sinhtrac.v1.FingerVerification.$Shape): sinhtrac.v1.FingerVerification & sinhtrac.v1.FingerVerification.$Shape;
            static create(properties?: sinhtrac.v1.FingerVerification.$Properties): sinhtrac.v1.FingerVerification;

            /**
             * Encodes the specified FingerVerification message. Does not implicitly {@link sinhtrac.v1.FingerVerification.verify|verify} messages.
             * @param message FingerVerification message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: sinhtrac.v1.FingerVerification.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a FingerVerification message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {sinhtrac.v1.FingerVerification & sinhtrac.v1.FingerVerification.$Shape} FingerVerification
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): sinhtrac.v1.FingerVerification & sinhtrac.v1.FingerVerification.$Shape;

            /**
             * Verifies a FingerVerification message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a FingerVerification message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns FingerVerification
             */
            static fromObject(object: { [k: string]: any }): sinhtrac.v1.FingerVerification;

            /**
             * Creates a plain object from a FingerVerification message. Also converts values to other types if specified.
             * @param message FingerVerification
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: sinhtrac.v1.FingerVerification, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this FingerVerification to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for FingerVerification
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace FingerVerification {

            /** Properties of a FingerVerification. */
            interface $Properties {

                /** FingerVerification position */
                position?: number;

                /** FingerVerification score */
                score?: number;

                /** FingerVerification match */
                match?: boolean;

                /** FingerVerification quality */
                quality?: number;

                /** FingerVerification minutiae_count */
                minutiae_count?: number;

                /** FingerVerification reason */
                reason?: string;

                /** FingerVerification quality_feedback */
                quality_feedback?: string[];

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a FingerVerification. */
            type $Shape = sinhtrac.v1.FingerVerification.$Properties;
        }

        /**
         * Properties of a VerifyResponse.
         * @deprecated Use sinhtrac.v1.VerifyResponse.$Properties instead.
         */
        interface IVerifyResponse extends sinhtrac.v1.VerifyResponse.$Properties {
        }

        /** Represents a VerifyResponse. */
        class VerifyResponse {

            /**
             * Constructs a new VerifyResponse.
             * @param [properties] Properties to set
             */
            constructor(properties?: sinhtrac.v1.VerifyResponse.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** VerifyResponse decision. */
            decision: sinhtrac.v1.Decision;

            /** VerifyResponse score. */
            score: number;

            /** VerifyResponse threshold. */
            threshold: number;

            /** VerifyResponse target_fmr. */
            target_fmr: number;

            /** VerifyResponse face. */
            face: sinhtrac.v1.FaceVerification;

            /** VerifyResponse fingers. */
            fingers: sinhtrac.v1.FingerVerification[];

            /** VerifyResponse reasons. */
            reasons: string[];

            /** VerifyResponse fingers_score. */
            fingers_score: number;

            /** VerifyResponse level. */
            level: number;

            /** VerifyResponse request_id. */
            request_id: string;

            /**
             * Creates a new VerifyResponse instance using the specified properties.
             * @param [properties] Properties to set
             * @returns VerifyResponse instance
             */
            static create(properties: sinhtrac.v1.VerifyResponse.$Shape): sinhtrac.v1.VerifyResponse & sinhtrac.v1.VerifyResponse.$Shape;
            static create(properties?: sinhtrac.v1.VerifyResponse.$Properties): sinhtrac.v1.VerifyResponse;

            /**
             * Encodes the specified VerifyResponse message. Does not implicitly {@link sinhtrac.v1.VerifyResponse.verify|verify} messages.
             * @param message VerifyResponse message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: sinhtrac.v1.VerifyResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a VerifyResponse message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {sinhtrac.v1.VerifyResponse & sinhtrac.v1.VerifyResponse.$Shape} VerifyResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): sinhtrac.v1.VerifyResponse & sinhtrac.v1.VerifyResponse.$Shape;

            /**
             * Verifies a VerifyResponse message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a VerifyResponse message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns VerifyResponse
             */
            static fromObject(object: { [k: string]: any }): sinhtrac.v1.VerifyResponse;

            /**
             * Creates a plain object from a VerifyResponse message. Also converts values to other types if specified.
             * @param message VerifyResponse
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: sinhtrac.v1.VerifyResponse, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this VerifyResponse to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for VerifyResponse
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace VerifyResponse {

            /** Properties of a VerifyResponse. */
            interface $Properties {

                /** VerifyResponse decision */
                decision?: sinhtrac.v1.Decision;

                /** VerifyResponse score */
                score?: number;

                /** VerifyResponse threshold */
                threshold?: number;

                /** VerifyResponse target_fmr */
                target_fmr?: number;

                /** VerifyResponse face */
                face?: sinhtrac.v1.FaceVerification.$Properties;

                /** VerifyResponse fingers */
                fingers?: sinhtrac.v1.FingerVerification.$Properties[];

                /** VerifyResponse reasons */
                reasons?: string[];

                /** VerifyResponse fingers_score */
                fingers_score?: number;

                /** VerifyResponse level */
                level?: number;

                /** VerifyResponse request_id */
                request_id?: string;

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a VerifyResponse. */
            type $Shape = sinhtrac.v1.VerifyResponse.$Properties;
        }

        /**
         * Properties of a VerifyBatchItem.
         * @deprecated Use sinhtrac.v1.VerifyBatchItem.$Properties instead.
         */
        interface IVerifyBatchItem extends sinhtrac.v1.VerifyBatchItem.$Properties {
        }

        /** Represents a VerifyBatchItem. */
        class VerifyBatchItem {

            /**
             * Constructs a new VerifyBatchItem.
             * @param [properties] Properties to set
             */
            constructor(properties?: sinhtrac.v1.VerifyBatchItem.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** VerifyBatchItem id. */
            id: string;

            /** VerifyBatchItem cccd. */
            cccd: string;

            /** VerifyBatchItem face. */
            face: sinhtrac.v1.FaceSample;

            /** VerifyBatchItem fingers. */
            fingers: sinhtrac.v1.FingerSample[];

            /** VerifyBatchItem target_fmr. */
            target_fmr: number;

            /** VerifyBatchItem level. */
            level: number;

            /**
             * Creates a new VerifyBatchItem instance using the specified properties.
             * @param [properties] Properties to set
             * @returns VerifyBatchItem instance
             */
            static create(properties: sinhtrac.v1.VerifyBatchItem.$Shape): sinhtrac.v1.VerifyBatchItem & sinhtrac.v1.VerifyBatchItem.$Shape;
            static create(properties?: sinhtrac.v1.VerifyBatchItem.$Properties): sinhtrac.v1.VerifyBatchItem;

            /**
             * Encodes the specified VerifyBatchItem message. Does not implicitly {@link sinhtrac.v1.VerifyBatchItem.verify|verify} messages.
             * @param message VerifyBatchItem message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: sinhtrac.v1.VerifyBatchItem.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a VerifyBatchItem message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {sinhtrac.v1.VerifyBatchItem & sinhtrac.v1.VerifyBatchItem.$Shape} VerifyBatchItem
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): sinhtrac.v1.VerifyBatchItem & sinhtrac.v1.VerifyBatchItem.$Shape;

            /**
             * Verifies a VerifyBatchItem message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a VerifyBatchItem message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns VerifyBatchItem
             */
            static fromObject(object: { [k: string]: any }): sinhtrac.v1.VerifyBatchItem;

            /**
             * Creates a plain object from a VerifyBatchItem message. Also converts values to other types if specified.
             * @param message VerifyBatchItem
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: sinhtrac.v1.VerifyBatchItem, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this VerifyBatchItem to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for VerifyBatchItem
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace VerifyBatchItem {

            /** Properties of a VerifyBatchItem. */
            interface $Properties {

                /** VerifyBatchItem id */
                id?: string;

                /** VerifyBatchItem cccd */
                cccd?: string;

                /** VerifyBatchItem face */
                face?: sinhtrac.v1.FaceSample.$Properties;

                /** VerifyBatchItem fingers */
                fingers?: sinhtrac.v1.FingerSample.$Properties[];

                /** VerifyBatchItem target_fmr */
                target_fmr?: number;

                /** VerifyBatchItem level */
                level?: number;

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a VerifyBatchItem. */
            type $Shape = {
              id?: string;
              cccd?: string;
              face?: sinhtrac.v1.FaceSample.$Shape;
              fingers?: sinhtrac.v1.FingerSample.$Shape[];
              target_fmr?: number;
              level?: number;
              $unknowns?: Uint8Array[];
            };
        }

        /**
         * Properties of a BatchItemError.
         * @deprecated Use sinhtrac.v1.BatchItemError.$Properties instead.
         */
        interface IBatchItemError extends sinhtrac.v1.BatchItemError.$Properties {
        }

        /** Represents a BatchItemError. */
        class BatchItemError {

            /**
             * Constructs a new BatchItemError.
             * @param [properties] Properties to set
             */
            constructor(properties?: sinhtrac.v1.BatchItemError.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** BatchItemError code. */
            code: string;

            /** BatchItemError reason. */
            reason: string;

            /** BatchItemError message. */
            message: string;

            /** BatchItemError field. */
            field: string;

            /**
             * Creates a new BatchItemError instance using the specified properties.
             * @param [properties] Properties to set
             * @returns BatchItemError instance
             */
            static create(properties: sinhtrac.v1.BatchItemError.$Shape): sinhtrac.v1.BatchItemError & sinhtrac.v1.BatchItemError.$Shape;
            static create(properties?: sinhtrac.v1.BatchItemError.$Properties): sinhtrac.v1.BatchItemError;

            /**
             * Encodes the specified BatchItemError message. Does not implicitly {@link sinhtrac.v1.BatchItemError.verify|verify} messages.
             * @param message BatchItemError message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: sinhtrac.v1.BatchItemError.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a BatchItemError message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {sinhtrac.v1.BatchItemError & sinhtrac.v1.BatchItemError.$Shape} BatchItemError
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): sinhtrac.v1.BatchItemError & sinhtrac.v1.BatchItemError.$Shape;

            /**
             * Verifies a BatchItemError message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a BatchItemError message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns BatchItemError
             */
            static fromObject(object: { [k: string]: any }): sinhtrac.v1.BatchItemError;

            /**
             * Creates a plain object from a BatchItemError message. Also converts values to other types if specified.
             * @param message BatchItemError
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: sinhtrac.v1.BatchItemError, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this BatchItemError to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for BatchItemError
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace BatchItemError {

            /** Properties of a BatchItemError. */
            interface $Properties {

                /** BatchItemError code */
                code?: string;

                /** BatchItemError reason */
                reason?: string;

                /** BatchItemError message */
                message?: string;

                /** BatchItemError field */
                field?: string;

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a BatchItemError. */
            type $Shape = sinhtrac.v1.BatchItemError.$Properties;
        }

        /**
         * Properties of a VerifyBatchResult.
         * @deprecated Use sinhtrac.v1.VerifyBatchResult.$Properties instead.
         */
        interface IVerifyBatchResult extends sinhtrac.v1.VerifyBatchResult.$Properties {
        }

        /** Represents a VerifyBatchResult. */
        class VerifyBatchResult {

            /**
             * Constructs a new VerifyBatchResult.
             * @param [properties] Properties to set
             */
            constructor(properties?: sinhtrac.v1.VerifyBatchResult.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** VerifyBatchResult id. */
            id: string;

            /** VerifyBatchResult index. */
            index: number;

            /** VerifyBatchResult result. */
            result: sinhtrac.v1.VerifyResponse;

            /** VerifyBatchResult error. */
            error: sinhtrac.v1.BatchItemError;

            /**
             * Creates a new VerifyBatchResult instance using the specified properties.
             * @param [properties] Properties to set
             * @returns VerifyBatchResult instance
             */
            static create(properties: sinhtrac.v1.VerifyBatchResult.$Shape): sinhtrac.v1.VerifyBatchResult & sinhtrac.v1.VerifyBatchResult.$Shape;
            static create(properties?: sinhtrac.v1.VerifyBatchResult.$Properties): sinhtrac.v1.VerifyBatchResult;

            /**
             * Encodes the specified VerifyBatchResult message. Does not implicitly {@link sinhtrac.v1.VerifyBatchResult.verify|verify} messages.
             * @param message VerifyBatchResult message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: sinhtrac.v1.VerifyBatchResult.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a VerifyBatchResult message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {sinhtrac.v1.VerifyBatchResult & sinhtrac.v1.VerifyBatchResult.$Shape} VerifyBatchResult
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): sinhtrac.v1.VerifyBatchResult & sinhtrac.v1.VerifyBatchResult.$Shape;

            /**
             * Verifies a VerifyBatchResult message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a VerifyBatchResult message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns VerifyBatchResult
             */
            static fromObject(object: { [k: string]: any }): sinhtrac.v1.VerifyBatchResult;

            /**
             * Creates a plain object from a VerifyBatchResult message. Also converts values to other types if specified.
             * @param message VerifyBatchResult
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: sinhtrac.v1.VerifyBatchResult, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this VerifyBatchResult to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for VerifyBatchResult
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace VerifyBatchResult {

            /** Properties of a VerifyBatchResult. */
            interface $Properties {

                /** VerifyBatchResult id */
                id?: string;

                /** VerifyBatchResult index */
                index?: number;

                /** VerifyBatchResult result */
                result?: sinhtrac.v1.VerifyResponse.$Properties;

                /** VerifyBatchResult error */
                error?: sinhtrac.v1.BatchItemError.$Properties;

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a VerifyBatchResult. */
            type $Shape = sinhtrac.v1.VerifyBatchResult.$Properties;
        }

        /**
         * Properties of a ListAuditRequest.
         * @deprecated Use sinhtrac.v1.ListAuditRequest.$Properties instead.
         */
        interface IListAuditRequest extends sinhtrac.v1.ListAuditRequest.$Properties {
        }

        /** Represents a ListAuditRequest. */
        class ListAuditRequest {

            /**
             * Constructs a new ListAuditRequest.
             * @param [properties] Properties to set
             */
            constructor(properties?: sinhtrac.v1.ListAuditRequest.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** ListAuditRequest cccd. */
            cccd: string;

            /** ListAuditRequest limit. */
            limit: number;

            /**
             * Creates a new ListAuditRequest instance using the specified properties.
             * @param [properties] Properties to set
             * @returns ListAuditRequest instance
             */
            static create(properties: sinhtrac.v1.ListAuditRequest.$Shape): sinhtrac.v1.ListAuditRequest & sinhtrac.v1.ListAuditRequest.$Shape;
            static create(properties?: sinhtrac.v1.ListAuditRequest.$Properties): sinhtrac.v1.ListAuditRequest;

            /**
             * Encodes the specified ListAuditRequest message. Does not implicitly {@link sinhtrac.v1.ListAuditRequest.verify|verify} messages.
             * @param message ListAuditRequest message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: sinhtrac.v1.ListAuditRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a ListAuditRequest message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {sinhtrac.v1.ListAuditRequest & sinhtrac.v1.ListAuditRequest.$Shape} ListAuditRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): sinhtrac.v1.ListAuditRequest & sinhtrac.v1.ListAuditRequest.$Shape;

            /**
             * Verifies a ListAuditRequest message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a ListAuditRequest message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns ListAuditRequest
             */
            static fromObject(object: { [k: string]: any }): sinhtrac.v1.ListAuditRequest;

            /**
             * Creates a plain object from a ListAuditRequest message. Also converts values to other types if specified.
             * @param message ListAuditRequest
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: sinhtrac.v1.ListAuditRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this ListAuditRequest to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for ListAuditRequest
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace ListAuditRequest {

            /** Properties of a ListAuditRequest. */
            interface $Properties {

                /** ListAuditRequest cccd */
                cccd?: string;

                /** ListAuditRequest limit */
                limit?: number;

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a ListAuditRequest. */
            type $Shape = sinhtrac.v1.ListAuditRequest.$Properties;
        }

        /**
         * Properties of an AuditFingerScore.
         * @deprecated Use sinhtrac.v1.AuditFingerScore.$Properties instead.
         */
        interface IAuditFingerScore extends sinhtrac.v1.AuditFingerScore.$Properties {
        }

        /** Represents an AuditFingerScore. */
        class AuditFingerScore {

            /**
             * Constructs a new AuditFingerScore.
             * @param [properties] Properties to set
             */
            constructor(properties?: sinhtrac.v1.AuditFingerScore.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** AuditFingerScore position. */
            position: number;

            /** AuditFingerScore score. */
            score: number;

            /**
             * Creates a new AuditFingerScore instance using the specified properties.
             * @param [properties] Properties to set
             * @returns AuditFingerScore instance
             */
            static create(properties: sinhtrac.v1.AuditFingerScore.$Shape): sinhtrac.v1.AuditFingerScore & sinhtrac.v1.AuditFingerScore.$Shape;
            static create(properties?: sinhtrac.v1.AuditFingerScore.$Properties): sinhtrac.v1.AuditFingerScore;

            /**
             * Encodes the specified AuditFingerScore message. Does not implicitly {@link sinhtrac.v1.AuditFingerScore.verify|verify} messages.
             * @param message AuditFingerScore message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: sinhtrac.v1.AuditFingerScore.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an AuditFingerScore message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {sinhtrac.v1.AuditFingerScore & sinhtrac.v1.AuditFingerScore.$Shape} AuditFingerScore
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): sinhtrac.v1.AuditFingerScore & sinhtrac.v1.AuditFingerScore.$Shape;

            /**
             * Verifies an AuditFingerScore message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates an AuditFingerScore message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns AuditFingerScore
             */
            static fromObject(object: { [k: string]: any }): sinhtrac.v1.AuditFingerScore;

            /**
             * Creates a plain object from an AuditFingerScore message. Also converts values to other types if specified.
             * @param message AuditFingerScore
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: sinhtrac.v1.AuditFingerScore, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this AuditFingerScore to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for AuditFingerScore
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace AuditFingerScore {

            /** Properties of an AuditFingerScore. */
            interface $Properties {

                /** AuditFingerScore position */
                position?: number;

                /** AuditFingerScore score */
                score?: number;

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of an AuditFingerScore. */
            type $Shape = sinhtrac.v1.AuditFingerScore.$Properties;
        }

        /**
         * Properties of an AuditEntry.
         * @deprecated Use sinhtrac.v1.AuditEntry.$Properties instead.
         */
        interface IAuditEntry extends sinhtrac.v1.AuditEntry.$Properties {
        }

        /** Represents an AuditEntry. */
        class AuditEntry {

            /**
             * Constructs a new AuditEntry.
             * @param [properties] Properties to set
             */
            constructor(properties?: sinhtrac.v1.AuditEntry.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** AuditEntry at. */
            at: string;

            /** AuditEntry caller. */
            caller: string;

            /** AuditEntry request_id. */
            request_id: string;

            /** AuditEntry cccd. */
            cccd: string;

            /** AuditEntry operation. */
            operation: string;

            /** AuditEntry decision. */
            decision: string;

            /** AuditEntry score. */
            score: number;

            /** AuditEntry threshold. */
            threshold: number;

            /** AuditEntry target_fmr. */
            target_fmr: number;

            /** AuditEntry face_score. */
            face_score: number;

            /** AuditEntry finger_scores. */
            finger_scores: sinhtrac.v1.AuditFingerScore[];

            /** AuditEntry reasons. */
            reasons: string[];

            /** AuditEntry versions. */
            versions: sinhtrac.v1.VersionTag[];

            /** AuditEntry id. */
            id: string;

            /**
             * Creates a new AuditEntry instance using the specified properties.
             * @param [properties] Properties to set
             * @returns AuditEntry instance
             */
            static create(properties: sinhtrac.v1.AuditEntry.$Shape): sinhtrac.v1.AuditEntry & sinhtrac.v1.AuditEntry.$Shape;
            static create(properties?: sinhtrac.v1.AuditEntry.$Properties): sinhtrac.v1.AuditEntry;

            /**
             * Encodes the specified AuditEntry message. Does not implicitly {@link sinhtrac.v1.AuditEntry.verify|verify} messages.
             * @param message AuditEntry message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: sinhtrac.v1.AuditEntry.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an AuditEntry message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {sinhtrac.v1.AuditEntry & sinhtrac.v1.AuditEntry.$Shape} AuditEntry
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): sinhtrac.v1.AuditEntry & sinhtrac.v1.AuditEntry.$Shape;

            /**
             * Verifies an AuditEntry message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates an AuditEntry message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns AuditEntry
             */
            static fromObject(object: { [k: string]: any }): sinhtrac.v1.AuditEntry;

            /**
             * Creates a plain object from an AuditEntry message. Also converts values to other types if specified.
             * @param message AuditEntry
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: sinhtrac.v1.AuditEntry, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this AuditEntry to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for AuditEntry
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace AuditEntry {

            /** Properties of an AuditEntry. */
            interface $Properties {

                /** AuditEntry at */
                at?: string;

                /** AuditEntry caller */
                caller?: string;

                /** AuditEntry request_id */
                request_id?: string;

                /** AuditEntry cccd */
                cccd?: string;

                /** AuditEntry operation */
                operation?: string;

                /** AuditEntry decision */
                decision?: string;

                /** AuditEntry score */
                score?: number;

                /** AuditEntry threshold */
                threshold?: number;

                /** AuditEntry target_fmr */
                target_fmr?: number;

                /** AuditEntry face_score */
                face_score?: number;

                /** AuditEntry finger_scores */
                finger_scores?: sinhtrac.v1.AuditFingerScore.$Properties[];

                /** AuditEntry reasons */
                reasons?: string[];

                /** AuditEntry versions */
                versions?: sinhtrac.v1.VersionTag.$Properties[];

                /** AuditEntry id */
                id?: string;

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of an AuditEntry. */
            type $Shape = sinhtrac.v1.AuditEntry.$Properties;
        }

        /**
         * Properties of a VersionTag.
         * @deprecated Use sinhtrac.v1.VersionTag.$Properties instead.
         */
        interface IVersionTag extends sinhtrac.v1.VersionTag.$Properties {
        }

        /** Represents a VersionTag. */
        class VersionTag {

            /**
             * Constructs a new VersionTag.
             * @param [properties] Properties to set
             */
            constructor(properties?: sinhtrac.v1.VersionTag.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** VersionTag name. */
            name: string;

            /** VersionTag version. */
            version: string;

            /**
             * Creates a new VersionTag instance using the specified properties.
             * @param [properties] Properties to set
             * @returns VersionTag instance
             */
            static create(properties: sinhtrac.v1.VersionTag.$Shape): sinhtrac.v1.VersionTag & sinhtrac.v1.VersionTag.$Shape;
            static create(properties?: sinhtrac.v1.VersionTag.$Properties): sinhtrac.v1.VersionTag;

            /**
             * Encodes the specified VersionTag message. Does not implicitly {@link sinhtrac.v1.VersionTag.verify|verify} messages.
             * @param message VersionTag message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: sinhtrac.v1.VersionTag.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a VersionTag message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {sinhtrac.v1.VersionTag & sinhtrac.v1.VersionTag.$Shape} VersionTag
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): sinhtrac.v1.VersionTag & sinhtrac.v1.VersionTag.$Shape;

            /**
             * Verifies a VersionTag message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a VersionTag message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns VersionTag
             */
            static fromObject(object: { [k: string]: any }): sinhtrac.v1.VersionTag;

            /**
             * Creates a plain object from a VersionTag message. Also converts values to other types if specified.
             * @param message VersionTag
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: sinhtrac.v1.VersionTag, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this VersionTag to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for VersionTag
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace VersionTag {

            /** Properties of a VersionTag. */
            interface $Properties {

                /** VersionTag name */
                name?: string;

                /** VersionTag version */
                version?: string;

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a VersionTag. */
            type $Shape = sinhtrac.v1.VersionTag.$Properties;
        }

        /**
         * Properties of a ListAuditResponse.
         * @deprecated Use sinhtrac.v1.ListAuditResponse.$Properties instead.
         */
        interface IListAuditResponse extends sinhtrac.v1.ListAuditResponse.$Properties {
        }

        /** Represents a ListAuditResponse. */
        class ListAuditResponse {

            /**
             * Constructs a new ListAuditResponse.
             * @param [properties] Properties to set
             */
            constructor(properties?: sinhtrac.v1.ListAuditResponse.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** ListAuditResponse entries. */
            entries: sinhtrac.v1.AuditEntry[];

            /**
             * Creates a new ListAuditResponse instance using the specified properties.
             * @param [properties] Properties to set
             * @returns ListAuditResponse instance
             */
            static create(properties: sinhtrac.v1.ListAuditResponse.$Shape): sinhtrac.v1.ListAuditResponse & sinhtrac.v1.ListAuditResponse.$Shape;
            static create(properties?: sinhtrac.v1.ListAuditResponse.$Properties): sinhtrac.v1.ListAuditResponse;

            /**
             * Encodes the specified ListAuditResponse message. Does not implicitly {@link sinhtrac.v1.ListAuditResponse.verify|verify} messages.
             * @param message ListAuditResponse message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: sinhtrac.v1.ListAuditResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a ListAuditResponse message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {sinhtrac.v1.ListAuditResponse & sinhtrac.v1.ListAuditResponse.$Shape} ListAuditResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): sinhtrac.v1.ListAuditResponse & sinhtrac.v1.ListAuditResponse.$Shape;

            /**
             * Verifies a ListAuditResponse message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a ListAuditResponse message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns ListAuditResponse
             */
            static fromObject(object: { [k: string]: any }): sinhtrac.v1.ListAuditResponse;

            /**
             * Creates a plain object from a ListAuditResponse message. Also converts values to other types if specified.
             * @param message ListAuditResponse
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: sinhtrac.v1.ListAuditResponse, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this ListAuditResponse to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for ListAuditResponse
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace ListAuditResponse {

            /** Properties of a ListAuditResponse. */
            interface $Properties {

                /** ListAuditResponse entries */
                entries?: sinhtrac.v1.AuditEntry.$Properties[];

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a ListAuditResponse. */
            type $Shape = sinhtrac.v1.ListAuditResponse.$Properties;
        }

        /**
         * Properties of a FaceSample.
         * @deprecated Use sinhtrac.v1.FaceSample.$Properties instead.
         */
        interface IFaceSample extends sinhtrac.v1.FaceSample.$Properties {
        }

        /** Represents a FaceSample. */
        class FaceSample {

            /**
             * Constructs a new FaceSample.
             * @param [properties] Properties to set
             */
            constructor(properties?: sinhtrac.v1.FaceSample.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** FaceSample image. */
            image: (Uint8Array|null);

            /** FaceSample template. */
            template: (Uint8Array|null);

            /** FaceSample sample. */
            sample?: ("image"|"template");

            /**
             * Creates a new FaceSample instance using the specified properties.
             * @param [properties] Properties to set
             * @returns FaceSample instance
             */
            static create(properties: sinhtrac.v1.FaceSample.$Shape): sinhtrac.v1.FaceSample & sinhtrac.v1.FaceSample.$Shape;
            static create(properties?: sinhtrac.v1.FaceSample.$Properties): sinhtrac.v1.FaceSample;

            /**
             * Encodes the specified FaceSample message. Does not implicitly {@link sinhtrac.v1.FaceSample.verify|verify} messages.
             * @param message FaceSample message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: sinhtrac.v1.FaceSample.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a FaceSample message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {sinhtrac.v1.FaceSample & sinhtrac.v1.FaceSample.$Shape} FaceSample
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): sinhtrac.v1.FaceSample & sinhtrac.v1.FaceSample.$Shape;

            /**
             * Verifies a FaceSample message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a FaceSample message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns FaceSample
             */
            static fromObject(object: { [k: string]: any }): sinhtrac.v1.FaceSample;

            /**
             * Creates a plain object from a FaceSample message. Also converts values to other types if specified.
             * @param message FaceSample
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: sinhtrac.v1.FaceSample, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this FaceSample to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for FaceSample
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace FaceSample {

            /** Properties of a FaceSample. */
            interface $Properties {

                /** FaceSample image */
                image?: (Uint8Array|null);

                /** FaceSample template */
                template?: (Uint8Array|null);

                /** FaceSample sample */
                sample?: ("image"|"template");

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Narrowed shape of a FaceSample. */
            type $Shape = {
              image?: Uint8Array|null;
              template?: Uint8Array|null;
              $unknowns?: Uint8Array[];
            } & (
              ({ sample?: undefined; image?: null; template?: null }|{ sample?: "image"; image: Uint8Array; template?: null }|{ sample?: "template"; image?: null; template: Uint8Array })
            );
        }

        /**
         * Properties of a Point.
         * @deprecated Use sinhtrac.v1.Point.$Properties instead.
         */
        interface IPoint extends sinhtrac.v1.Point.$Properties {
        }

        /** Represents a Point. */
        class Point {

            /**
             * Constructs a new Point.
             * @param [properties] Properties to set
             */
            constructor(properties?: sinhtrac.v1.Point.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Point x. */
            x: number;

            /** Point y. */
            y: number;

            /**
             * Creates a new Point instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Point instance
             */
            static create(properties: sinhtrac.v1.Point.$Shape): sinhtrac.v1.Point & sinhtrac.v1.Point.$Shape;
            static create(properties?: sinhtrac.v1.Point.$Properties): sinhtrac.v1.Point;

            /**
             * Encodes the specified Point message. Does not implicitly {@link sinhtrac.v1.Point.verify|verify} messages.
             * @param message Point message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: sinhtrac.v1.Point.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a Point message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {sinhtrac.v1.Point & sinhtrac.v1.Point.$Shape} Point
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): sinhtrac.v1.Point & sinhtrac.v1.Point.$Shape;

            /**
             * Verifies a Point message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a Point message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns Point
             */
            static fromObject(object: { [k: string]: any }): sinhtrac.v1.Point;

            /**
             * Creates a plain object from a Point message. Also converts values to other types if specified.
             * @param message Point
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: sinhtrac.v1.Point, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this Point to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for Point
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace Point {

            /** Properties of a Point. */
            interface $Properties {

                /** Point x */
                x?: number;

                /** Point y */
                y?: number;

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a Point. */
            type $Shape = sinhtrac.v1.Point.$Properties;
        }

        /**
         * Properties of a Box.
         * @deprecated Use sinhtrac.v1.Box.$Properties instead.
         */
        interface IBox extends sinhtrac.v1.Box.$Properties {
        }

        /** Represents a Box. */
        class Box {

            /**
             * Constructs a new Box.
             * @param [properties] Properties to set
             */
            constructor(properties?: sinhtrac.v1.Box.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Box x. */
            x: number;

            /** Box y. */
            y: number;

            /** Box width. */
            width: number;

            /** Box height. */
            height: number;

            /**
             * Creates a new Box instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Box instance
             */
            static create(properties: sinhtrac.v1.Box.$Shape): sinhtrac.v1.Box & sinhtrac.v1.Box.$Shape;
            static create(properties?: sinhtrac.v1.Box.$Properties): sinhtrac.v1.Box;

            /**
             * Encodes the specified Box message. Does not implicitly {@link sinhtrac.v1.Box.verify|verify} messages.
             * @param message Box message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: sinhtrac.v1.Box.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a Box message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {sinhtrac.v1.Box & sinhtrac.v1.Box.$Shape} Box
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): sinhtrac.v1.Box & sinhtrac.v1.Box.$Shape;

            /**
             * Verifies a Box message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a Box message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns Box
             */
            static fromObject(object: { [k: string]: any }): sinhtrac.v1.Box;

            /**
             * Creates a plain object from a Box message. Also converts values to other types if specified.
             * @param message Box
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: sinhtrac.v1.Box, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this Box to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for Box
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace Box {

            /** Properties of a Box. */
            interface $Properties {

                /** Box x */
                x?: number;

                /** Box y */
                y?: number;

                /** Box width */
                width?: number;

                /** Box height */
                height?: number;

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a Box. */
            type $Shape = sinhtrac.v1.Box.$Properties;
        }

        /**
         * Properties of a FaceQuality.
         * @deprecated Use sinhtrac.v1.FaceQuality.$Properties instead.
         */
        interface IFaceQuality extends sinhtrac.v1.FaceQuality.$Properties {
        }

        /** Represents a FaceQuality. */
        class FaceQuality {

            /**
             * Constructs a new FaceQuality.
             * @param [properties] Properties to set
             */
            constructor(properties?: sinhtrac.v1.FaceQuality.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** FaceQuality face_height_px. */
            face_height_px: number;

            /** FaceQuality inter_eye_distance_px. */
            inter_eye_distance_px: number;

            /** FaceQuality detector_confidence. */
            detector_confidence: number;

            /** FaceQuality yaw_deg. */
            yaw_deg: number;

            /** FaceQuality roll_deg. */
            roll_deg: number;

            /** FaceQuality sharpness. */
            sharpness: number;

            /** FaceQuality brightness. */
            brightness: number;

            /** FaceQuality contrast. */
            contrast: number;

            /**
             * Creates a new FaceQuality instance using the specified properties.
             * @param [properties] Properties to set
             * @returns FaceQuality instance
             */
            static create(properties: sinhtrac.v1.FaceQuality.$Shape): sinhtrac.v1.FaceQuality & sinhtrac.v1.FaceQuality.$Shape;
            static create(properties?: sinhtrac.v1.FaceQuality.$Properties): sinhtrac.v1.FaceQuality;

            /**
             * Encodes the specified FaceQuality message. Does not implicitly {@link sinhtrac.v1.FaceQuality.verify|verify} messages.
             * @param message FaceQuality message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: sinhtrac.v1.FaceQuality.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a FaceQuality message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {sinhtrac.v1.FaceQuality & sinhtrac.v1.FaceQuality.$Shape} FaceQuality
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): sinhtrac.v1.FaceQuality & sinhtrac.v1.FaceQuality.$Shape;

            /**
             * Verifies a FaceQuality message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a FaceQuality message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns FaceQuality
             */
            static fromObject(object: { [k: string]: any }): sinhtrac.v1.FaceQuality;

            /**
             * Creates a plain object from a FaceQuality message. Also converts values to other types if specified.
             * @param message FaceQuality
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: sinhtrac.v1.FaceQuality, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this FaceQuality to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for FaceQuality
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace FaceQuality {

            /** Properties of a FaceQuality. */
            interface $Properties {

                /** FaceQuality face_height_px */
                face_height_px?: number;

                /** FaceQuality inter_eye_distance_px */
                inter_eye_distance_px?: number;

                /** FaceQuality detector_confidence */
                detector_confidence?: number;

                /** FaceQuality yaw_deg */
                yaw_deg?: number;

                /** FaceQuality roll_deg */
                roll_deg?: number;

                /** FaceQuality sharpness */
                sharpness?: number;

                /** FaceQuality brightness */
                brightness?: number;

                /** FaceQuality contrast */
                contrast?: number;

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a FaceQuality. */
            type $Shape = sinhtrac.v1.FaceQuality.$Properties;
        }

        /**
         * Properties of a FaceInfo.
         * @deprecated Use sinhtrac.v1.FaceInfo.$Properties instead.
         */
        interface IFaceInfo extends sinhtrac.v1.FaceInfo.$Properties {
        }

        /** Represents a FaceInfo. */
        class FaceInfo {

            /**
             * Constructs a new FaceInfo.
             * @param [properties] Properties to set
             */
            constructor(properties?: sinhtrac.v1.FaceInfo.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** FaceInfo box. */
            box: sinhtrac.v1.Box;

            /** FaceInfo confidence. */
            confidence: number;

            /** FaceInfo landmarks. */
            landmarks: sinhtrac.v1.Point[];

            /** FaceInfo quality. */
            quality: sinhtrac.v1.FaceQuality;

            /** FaceInfo faces_detected. */
            faces_detected: number;

            /** FaceInfo from_template. */
            from_template: boolean;

            /** FaceInfo rotation_degrees. */
            rotation_degrees: number;

            /** FaceInfo capture_reasons. */
            capture_reasons: string[];

            /**
             * Creates a new FaceInfo instance using the specified properties.
             * @param [properties] Properties to set
             * @returns FaceInfo instance
             */
            static create(properties: sinhtrac.v1.FaceInfo.$Shape): sinhtrac.v1.FaceInfo & sinhtrac.v1.FaceInfo.$Shape;
            static create(properties?: sinhtrac.v1.FaceInfo.$Properties): sinhtrac.v1.FaceInfo;

            /**
             * Encodes the specified FaceInfo message. Does not implicitly {@link sinhtrac.v1.FaceInfo.verify|verify} messages.
             * @param message FaceInfo message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: sinhtrac.v1.FaceInfo.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a FaceInfo message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {sinhtrac.v1.FaceInfo & sinhtrac.v1.FaceInfo.$Shape} FaceInfo
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): sinhtrac.v1.FaceInfo & sinhtrac.v1.FaceInfo.$Shape;

            /**
             * Verifies a FaceInfo message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a FaceInfo message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns FaceInfo
             */
            static fromObject(object: { [k: string]: any }): sinhtrac.v1.FaceInfo;

            /**
             * Creates a plain object from a FaceInfo message. Also converts values to other types if specified.
             * @param message FaceInfo
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: sinhtrac.v1.FaceInfo, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this FaceInfo to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for FaceInfo
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace FaceInfo {

            /** Properties of a FaceInfo. */
            interface $Properties {

                /** FaceInfo box */
                box?: sinhtrac.v1.Box.$Properties;

                /** FaceInfo confidence */
                confidence?: number;

                /** FaceInfo landmarks */
                landmarks?: sinhtrac.v1.Point.$Properties[];

                /** FaceInfo quality */
                quality?: sinhtrac.v1.FaceQuality.$Properties;

                /** FaceInfo faces_detected */
                faces_detected?: number;

                /** FaceInfo from_template */
                from_template?: boolean;

                /** FaceInfo rotation_degrees */
                rotation_degrees?: number;

                /** FaceInfo capture_reasons */
                capture_reasons?: string[];

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a FaceInfo. */
            type $Shape = sinhtrac.v1.FaceInfo.$Properties;
        }

        /**
         * Properties of a CompareFacesRequest.
         * @deprecated Use sinhtrac.v1.CompareFacesRequest.$Properties instead.
         */
        interface ICompareFacesRequest extends sinhtrac.v1.CompareFacesRequest.$Properties {
        }

        /** Represents a CompareFacesRequest. */
        class CompareFacesRequest {

            /**
             * Constructs a new CompareFacesRequest.
             * @param [properties] Properties to set
             */
            constructor(properties?: sinhtrac.v1.CompareFacesRequest.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** CompareFacesRequest a. */
            a: sinhtrac.v1.FaceSample;

            /** CompareFacesRequest b. */
            b: sinhtrac.v1.FaceSample;

            /** CompareFacesRequest target_fmr. */
            target_fmr: number;

            /**
             * Creates a new CompareFacesRequest instance using the specified properties.
             * @param [properties] Properties to set
             * @returns CompareFacesRequest instance
             */
            static create(properties: sinhtrac.v1.CompareFacesRequest.$Shape): sinhtrac.v1.CompareFacesRequest & sinhtrac.v1.CompareFacesRequest.$Shape;
            static create(properties?: sinhtrac.v1.CompareFacesRequest.$Properties): sinhtrac.v1.CompareFacesRequest;

            /**
             * Encodes the specified CompareFacesRequest message. Does not implicitly {@link sinhtrac.v1.CompareFacesRequest.verify|verify} messages.
             * @param message CompareFacesRequest message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: sinhtrac.v1.CompareFacesRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a CompareFacesRequest message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {sinhtrac.v1.CompareFacesRequest & sinhtrac.v1.CompareFacesRequest.$Shape} CompareFacesRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): sinhtrac.v1.CompareFacesRequest & sinhtrac.v1.CompareFacesRequest.$Shape;

            /**
             * Verifies a CompareFacesRequest message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a CompareFacesRequest message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns CompareFacesRequest
             */
            static fromObject(object: { [k: string]: any }): sinhtrac.v1.CompareFacesRequest;

            /**
             * Creates a plain object from a CompareFacesRequest message. Also converts values to other types if specified.
             * @param message CompareFacesRequest
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: sinhtrac.v1.CompareFacesRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this CompareFacesRequest to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for CompareFacesRequest
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace CompareFacesRequest {

            /** Properties of a CompareFacesRequest. */
            interface $Properties {

                /** CompareFacesRequest a */
                a?: sinhtrac.v1.FaceSample.$Properties;

                /** CompareFacesRequest b */
                b?: sinhtrac.v1.FaceSample.$Properties;

                /** CompareFacesRequest target_fmr */
                target_fmr?: number;

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a CompareFacesRequest. */
            type $Shape = {
              a?: sinhtrac.v1.FaceSample.$Shape;
              b?: sinhtrac.v1.FaceSample.$Shape;
              target_fmr?: number;
              $unknowns?: Uint8Array[];
            };
        }

        /**
         * Properties of a CompareFacesResponse.
         * @deprecated Use sinhtrac.v1.CompareFacesResponse.$Properties instead.
         */
        interface ICompareFacesResponse extends sinhtrac.v1.CompareFacesResponse.$Properties {
        }

        /** Represents a CompareFacesResponse. */
        class CompareFacesResponse {

            /**
             * Constructs a new CompareFacesResponse.
             * @param [properties] Properties to set
             */
            constructor(properties?: sinhtrac.v1.CompareFacesResponse.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** CompareFacesResponse score. */
            score: number;

            /** CompareFacesResponse match. */
            match: boolean;

            /** CompareFacesResponse threshold. */
            threshold: number;

            /** CompareFacesResponse target_fmr. */
            target_fmr: number;

            /** CompareFacesResponse faces. */
            faces: sinhtrac.v1.FaceInfo[];

            /**
             * Creates a new CompareFacesResponse instance using the specified properties.
             * @param [properties] Properties to set
             * @returns CompareFacesResponse instance
             */
            static create(properties: sinhtrac.v1.CompareFacesResponse.$Shape): sinhtrac.v1.CompareFacesResponse & sinhtrac.v1.CompareFacesResponse.$Shape;
            static create(properties?: sinhtrac.v1.CompareFacesResponse.$Properties): sinhtrac.v1.CompareFacesResponse;

            /**
             * Encodes the specified CompareFacesResponse message. Does not implicitly {@link sinhtrac.v1.CompareFacesResponse.verify|verify} messages.
             * @param message CompareFacesResponse message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: sinhtrac.v1.CompareFacesResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a CompareFacesResponse message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {sinhtrac.v1.CompareFacesResponse & sinhtrac.v1.CompareFacesResponse.$Shape} CompareFacesResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): sinhtrac.v1.CompareFacesResponse & sinhtrac.v1.CompareFacesResponse.$Shape;

            /**
             * Verifies a CompareFacesResponse message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a CompareFacesResponse message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns CompareFacesResponse
             */
            static fromObject(object: { [k: string]: any }): sinhtrac.v1.CompareFacesResponse;

            /**
             * Creates a plain object from a CompareFacesResponse message. Also converts values to other types if specified.
             * @param message CompareFacesResponse
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: sinhtrac.v1.CompareFacesResponse, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this CompareFacesResponse to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for CompareFacesResponse
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace CompareFacesResponse {

            /** Properties of a CompareFacesResponse. */
            interface $Properties {

                /** CompareFacesResponse score */
                score?: number;

                /** CompareFacesResponse match */
                match?: boolean;

                /** CompareFacesResponse threshold */
                threshold?: number;

                /** CompareFacesResponse target_fmr */
                target_fmr?: number;

                /** CompareFacesResponse faces */
                faces?: sinhtrac.v1.FaceInfo.$Properties[];

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a CompareFacesResponse. */
            type $Shape = sinhtrac.v1.CompareFacesResponse.$Properties;
        }

        /**
         * Properties of an ExtractFaceTemplateRequest.
         * @deprecated Use sinhtrac.v1.ExtractFaceTemplateRequest.$Properties instead.
         */
        interface IExtractFaceTemplateRequest extends sinhtrac.v1.ExtractFaceTemplateRequest.$Properties {
        }

        /** Represents an ExtractFaceTemplateRequest. */
        class ExtractFaceTemplateRequest {

            /**
             * Constructs a new ExtractFaceTemplateRequest.
             * @param [properties] Properties to set
             */
            constructor(properties?: sinhtrac.v1.ExtractFaceTemplateRequest.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** ExtractFaceTemplateRequest image. */
            image: Uint8Array;

            /**
             * Creates a new ExtractFaceTemplateRequest instance using the specified properties.
             * @param [properties] Properties to set
             * @returns ExtractFaceTemplateRequest instance
             */
            static create(properties: sinhtrac.v1.ExtractFaceTemplateRequest.$Shape): sinhtrac.v1.ExtractFaceTemplateRequest & sinhtrac.v1.ExtractFaceTemplateRequest.$Shape;
            static create(properties?: sinhtrac.v1.ExtractFaceTemplateRequest.$Properties): sinhtrac.v1.ExtractFaceTemplateRequest;

            /**
             * Encodes the specified ExtractFaceTemplateRequest message. Does not implicitly {@link sinhtrac.v1.ExtractFaceTemplateRequest.verify|verify} messages.
             * @param message ExtractFaceTemplateRequest message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: sinhtrac.v1.ExtractFaceTemplateRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an ExtractFaceTemplateRequest message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {sinhtrac.v1.ExtractFaceTemplateRequest & sinhtrac.v1.ExtractFaceTemplateRequest.$Shape} ExtractFaceTemplateRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): sinhtrac.v1.ExtractFaceTemplateRequest & sinhtrac.v1.ExtractFaceTemplateRequest.$Shape;

            /**
             * Verifies an ExtractFaceTemplateRequest message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates an ExtractFaceTemplateRequest message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns ExtractFaceTemplateRequest
             */
            static fromObject(object: { [k: string]: any }): sinhtrac.v1.ExtractFaceTemplateRequest;

            /**
             * Creates a plain object from an ExtractFaceTemplateRequest message. Also converts values to other types if specified.
             * @param message ExtractFaceTemplateRequest
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: sinhtrac.v1.ExtractFaceTemplateRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this ExtractFaceTemplateRequest to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for ExtractFaceTemplateRequest
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace ExtractFaceTemplateRequest {

            /** Properties of an ExtractFaceTemplateRequest. */
            interface $Properties {

                /** ExtractFaceTemplateRequest image */
                image?: Uint8Array;

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of an ExtractFaceTemplateRequest. */
            type $Shape = sinhtrac.v1.ExtractFaceTemplateRequest.$Properties;
        }

        /**
         * Properties of an ExtractFaceTemplateResponse.
         * @deprecated Use sinhtrac.v1.ExtractFaceTemplateResponse.$Properties instead.
         */
        interface IExtractFaceTemplateResponse extends sinhtrac.v1.ExtractFaceTemplateResponse.$Properties {
        }

        /** Represents an ExtractFaceTemplateResponse. */
        class ExtractFaceTemplateResponse {

            /**
             * Constructs a new ExtractFaceTemplateResponse.
             * @param [properties] Properties to set
             */
            constructor(properties?: sinhtrac.v1.ExtractFaceTemplateResponse.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** ExtractFaceTemplateResponse template. */
            template: Uint8Array;

            /** ExtractFaceTemplateResponse template_version. */
            template_version: string;

            /** ExtractFaceTemplateResponse face. */
            face: sinhtrac.v1.FaceInfo;

            /** ExtractFaceTemplateResponse other_faces. */
            other_faces: sinhtrac.v1.Box[];

            /**
             * Creates a new ExtractFaceTemplateResponse instance using the specified properties.
             * @param [properties] Properties to set
             * @returns ExtractFaceTemplateResponse instance
             */
            static create(properties: sinhtrac.v1.ExtractFaceTemplateResponse.$Shape): sinhtrac.v1.ExtractFaceTemplateResponse & sinhtrac.v1.ExtractFaceTemplateResponse.$Shape;
            static create(properties?: sinhtrac.v1.ExtractFaceTemplateResponse.$Properties): sinhtrac.v1.ExtractFaceTemplateResponse;

            /**
             * Encodes the specified ExtractFaceTemplateResponse message. Does not implicitly {@link sinhtrac.v1.ExtractFaceTemplateResponse.verify|verify} messages.
             * @param message ExtractFaceTemplateResponse message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: sinhtrac.v1.ExtractFaceTemplateResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an ExtractFaceTemplateResponse message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {sinhtrac.v1.ExtractFaceTemplateResponse & sinhtrac.v1.ExtractFaceTemplateResponse.$Shape} ExtractFaceTemplateResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): sinhtrac.v1.ExtractFaceTemplateResponse & sinhtrac.v1.ExtractFaceTemplateResponse.$Shape;

            /**
             * Verifies an ExtractFaceTemplateResponse message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates an ExtractFaceTemplateResponse message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns ExtractFaceTemplateResponse
             */
            static fromObject(object: { [k: string]: any }): sinhtrac.v1.ExtractFaceTemplateResponse;

            /**
             * Creates a plain object from an ExtractFaceTemplateResponse message. Also converts values to other types if specified.
             * @param message ExtractFaceTemplateResponse
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: sinhtrac.v1.ExtractFaceTemplateResponse, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this ExtractFaceTemplateResponse to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for ExtractFaceTemplateResponse
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace ExtractFaceTemplateResponse {

            /** Properties of an ExtractFaceTemplateResponse. */
            interface $Properties {

                /** ExtractFaceTemplateResponse template */
                template?: Uint8Array;

                /** ExtractFaceTemplateResponse template_version */
                template_version?: string;

                /** ExtractFaceTemplateResponse face */
                face?: sinhtrac.v1.FaceInfo.$Properties;

                /** ExtractFaceTemplateResponse other_faces */
                other_faces?: sinhtrac.v1.Box.$Properties[];

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of an ExtractFaceTemplateResponse. */
            type $Shape = sinhtrac.v1.ExtractFaceTemplateResponse.$Properties;
        }

        /**
         * Properties of a FingerSample.
         * @deprecated Use sinhtrac.v1.FingerSample.$Properties instead.
         */
        interface IFingerSample extends sinhtrac.v1.FingerSample.$Properties {
        }

        /** Represents a FingerSample. */
        class FingerSample {

            /**
             * Constructs a new FingerSample.
             * @param [properties] Properties to set
             */
            constructor(properties?: sinhtrac.v1.FingerSample.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** FingerSample position. */
            position: number;

            /** FingerSample image. */
            image: Uint8Array;

            /** FingerSample raw. */
            raw: Uint8Array;

            /** FingerSample width. */
            width: number;

            /** FingerSample height. */
            height: number;

            /** FingerSample dpi. */
            dpi: number;

            /** FingerSample template. */
            template: Uint8Array;

            /** FingerSample format. */
            format: string;

            /**
             * Creates a new FingerSample instance using the specified properties.
             * @param [properties] Properties to set
             * @returns FingerSample instance
             */
            static create(properties: sinhtrac.v1.FingerSample.$Shape): sinhtrac.v1.FingerSample & sinhtrac.v1.FingerSample.$Shape;
            static create(properties?: sinhtrac.v1.FingerSample.$Properties): sinhtrac.v1.FingerSample;

            /**
             * Encodes the specified FingerSample message. Does not implicitly {@link sinhtrac.v1.FingerSample.verify|verify} messages.
             * @param message FingerSample message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: sinhtrac.v1.FingerSample.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a FingerSample message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {sinhtrac.v1.FingerSample & sinhtrac.v1.FingerSample.$Shape} FingerSample
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): sinhtrac.v1.FingerSample & sinhtrac.v1.FingerSample.$Shape;

            /**
             * Verifies a FingerSample message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a FingerSample message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns FingerSample
             */
            static fromObject(object: { [k: string]: any }): sinhtrac.v1.FingerSample;

            /**
             * Creates a plain object from a FingerSample message. Also converts values to other types if specified.
             * @param message FingerSample
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: sinhtrac.v1.FingerSample, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this FingerSample to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for FingerSample
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace FingerSample {

            /** Properties of a FingerSample. */
            interface $Properties {

                /** FingerSample position */
                position?: number;

                /** FingerSample image */
                image?: Uint8Array;

                /** FingerSample raw */
                raw?: Uint8Array;

                /** FingerSample width */
                width?: number;

                /** FingerSample height */
                height?: number;

                /** FingerSample dpi */
                dpi?: number;

                /** FingerSample template */
                template?: Uint8Array;

                /** FingerSample format */
                format?: string;

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a FingerSample. */
            type $Shape = sinhtrac.v1.FingerSample.$Properties;
        }

        /**
         * Properties of an ExtractFingerTemplateRequest.
         * @deprecated Use sinhtrac.v1.ExtractFingerTemplateRequest.$Properties instead.
         */
        interface IExtractFingerTemplateRequest extends sinhtrac.v1.ExtractFingerTemplateRequest.$Properties {
        }

        /** Represents an ExtractFingerTemplateRequest. */
        class ExtractFingerTemplateRequest {

            /**
             * Constructs a new ExtractFingerTemplateRequest.
             * @param [properties] Properties to set
             */
            constructor(properties?: sinhtrac.v1.ExtractFingerTemplateRequest.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** ExtractFingerTemplateRequest image. */
            image: Uint8Array;

            /** ExtractFingerTemplateRequest raw. */
            raw: Uint8Array;

            /** ExtractFingerTemplateRequest width. */
            width: number;

            /** ExtractFingerTemplateRequest height. */
            height: number;

            /** ExtractFingerTemplateRequest dpi. */
            dpi: number;

            /** ExtractFingerTemplateRequest position. */
            position: number;

            /** ExtractFingerTemplateRequest format. */
            format: string;

            /**
             * Creates a new ExtractFingerTemplateRequest instance using the specified properties.
             * @param [properties] Properties to set
             * @returns ExtractFingerTemplateRequest instance
             */
            static create(properties: sinhtrac.v1.ExtractFingerTemplateRequest.$Shape): sinhtrac.v1.ExtractFingerTemplateRequest & sinhtrac.v1.ExtractFingerTemplateRequest.$Shape;
            static create(properties?: sinhtrac.v1.ExtractFingerTemplateRequest.$Properties): sinhtrac.v1.ExtractFingerTemplateRequest;

            /**
             * Encodes the specified ExtractFingerTemplateRequest message. Does not implicitly {@link sinhtrac.v1.ExtractFingerTemplateRequest.verify|verify} messages.
             * @param message ExtractFingerTemplateRequest message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: sinhtrac.v1.ExtractFingerTemplateRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an ExtractFingerTemplateRequest message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {sinhtrac.v1.ExtractFingerTemplateRequest & sinhtrac.v1.ExtractFingerTemplateRequest.$Shape} ExtractFingerTemplateRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): sinhtrac.v1.ExtractFingerTemplateRequest & sinhtrac.v1.ExtractFingerTemplateRequest.$Shape;

            /**
             * Verifies an ExtractFingerTemplateRequest message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates an ExtractFingerTemplateRequest message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns ExtractFingerTemplateRequest
             */
            static fromObject(object: { [k: string]: any }): sinhtrac.v1.ExtractFingerTemplateRequest;

            /**
             * Creates a plain object from an ExtractFingerTemplateRequest message. Also converts values to other types if specified.
             * @param message ExtractFingerTemplateRequest
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: sinhtrac.v1.ExtractFingerTemplateRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this ExtractFingerTemplateRequest to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for ExtractFingerTemplateRequest
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace ExtractFingerTemplateRequest {

            /** Properties of an ExtractFingerTemplateRequest. */
            interface $Properties {

                /** ExtractFingerTemplateRequest image */
                image?: Uint8Array;

                /** ExtractFingerTemplateRequest raw */
                raw?: Uint8Array;

                /** ExtractFingerTemplateRequest width */
                width?: number;

                /** ExtractFingerTemplateRequest height */
                height?: number;

                /** ExtractFingerTemplateRequest dpi */
                dpi?: number;

                /** ExtractFingerTemplateRequest position */
                position?: number;

                /** ExtractFingerTemplateRequest format */
                format?: string;

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of an ExtractFingerTemplateRequest. */
            type $Shape = sinhtrac.v1.ExtractFingerTemplateRequest.$Properties;
        }

        /**
         * Properties of a Minutia.
         * @deprecated Use sinhtrac.v1.Minutia.$Properties instead.
         */
        interface IMinutia extends sinhtrac.v1.Minutia.$Properties {
        }

        /** Represents a Minutia. */
        class Minutia {

            /**
             * Constructs a new Minutia.
             * @param [properties] Properties to set
             */
            constructor(properties?: sinhtrac.v1.Minutia.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Minutia x. */
            x: number;

            /** Minutia y. */
            y: number;

            /** Minutia angle_deg. */
            angle_deg: number;

            /** Minutia type. */
            type: string;

            /** Minutia quality. */
            quality: number;

            /**
             * Creates a new Minutia instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Minutia instance
             */
            static create(properties: sinhtrac.v1.Minutia.$Shape): sinhtrac.v1.Minutia & sinhtrac.v1.Minutia.$Shape;
            static create(properties?: sinhtrac.v1.Minutia.$Properties): sinhtrac.v1.Minutia;

            /**
             * Encodes the specified Minutia message. Does not implicitly {@link sinhtrac.v1.Minutia.verify|verify} messages.
             * @param message Minutia message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: sinhtrac.v1.Minutia.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a Minutia message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {sinhtrac.v1.Minutia & sinhtrac.v1.Minutia.$Shape} Minutia
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): sinhtrac.v1.Minutia & sinhtrac.v1.Minutia.$Shape;

            /**
             * Verifies a Minutia message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a Minutia message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns Minutia
             */
            static fromObject(object: { [k: string]: any }): sinhtrac.v1.Minutia;

            /**
             * Creates a plain object from a Minutia message. Also converts values to other types if specified.
             * @param message Minutia
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: sinhtrac.v1.Minutia, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this Minutia to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for Minutia
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace Minutia {

            /** Properties of a Minutia. */
            interface $Properties {

                /** Minutia x */
                x?: number;

                /** Minutia y */
                y?: number;

                /** Minutia angle_deg */
                angle_deg?: number;

                /** Minutia type */
                type?: string;

                /** Minutia quality */
                quality?: number;

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a Minutia. */
            type $Shape = sinhtrac.v1.Minutia.$Properties;
        }

        /**
         * Properties of an ExtractFingerTemplateResponse.
         * @deprecated Use sinhtrac.v1.ExtractFingerTemplateResponse.$Properties instead.
         */
        interface IExtractFingerTemplateResponse extends sinhtrac.v1.ExtractFingerTemplateResponse.$Properties {
        }

        /** Represents an ExtractFingerTemplateResponse. */
        class ExtractFingerTemplateResponse {

            /**
             * Constructs a new ExtractFingerTemplateResponse.
             * @param [properties] Properties to set
             */
            constructor(properties?: sinhtrac.v1.ExtractFingerTemplateResponse.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** ExtractFingerTemplateResponse template. */
            template: Uint8Array;

            /** ExtractFingerTemplateResponse format. */
            format: string;

            /** ExtractFingerTemplateResponse quality. */
            quality: number;

            /** ExtractFingerTemplateResponse minutiae_count. */
            minutiae_count: number;

            /** ExtractFingerTemplateResponse width. */
            width: number;

            /** ExtractFingerTemplateResponse height. */
            height: number;

            /** ExtractFingerTemplateResponse minutiae. */
            minutiae: sinhtrac.v1.Minutia[];

            /** ExtractFingerTemplateResponse quality_feedback. */
            quality_feedback: string[];

            /** ExtractFingerTemplateResponse dpi. */
            dpi: number;

            /** ExtractFingerTemplateResponse dpi_source. */
            dpi_source: string;

            /**
             * Creates a new ExtractFingerTemplateResponse instance using the specified properties.
             * @param [properties] Properties to set
             * @returns ExtractFingerTemplateResponse instance
             */
            static create(properties: sinhtrac.v1.ExtractFingerTemplateResponse.$Shape): sinhtrac.v1.ExtractFingerTemplateResponse & sinhtrac.v1.ExtractFingerTemplateResponse.$Shape;
            static create(properties?: sinhtrac.v1.ExtractFingerTemplateResponse.$Properties): sinhtrac.v1.ExtractFingerTemplateResponse;

            /**
             * Encodes the specified ExtractFingerTemplateResponse message. Does not implicitly {@link sinhtrac.v1.ExtractFingerTemplateResponse.verify|verify} messages.
             * @param message ExtractFingerTemplateResponse message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: sinhtrac.v1.ExtractFingerTemplateResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an ExtractFingerTemplateResponse message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {sinhtrac.v1.ExtractFingerTemplateResponse & sinhtrac.v1.ExtractFingerTemplateResponse.$Shape} ExtractFingerTemplateResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): sinhtrac.v1.ExtractFingerTemplateResponse & sinhtrac.v1.ExtractFingerTemplateResponse.$Shape;

            /**
             * Verifies an ExtractFingerTemplateResponse message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates an ExtractFingerTemplateResponse message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns ExtractFingerTemplateResponse
             */
            static fromObject(object: { [k: string]: any }): sinhtrac.v1.ExtractFingerTemplateResponse;

            /**
             * Creates a plain object from an ExtractFingerTemplateResponse message. Also converts values to other types if specified.
             * @param message ExtractFingerTemplateResponse
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: sinhtrac.v1.ExtractFingerTemplateResponse, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this ExtractFingerTemplateResponse to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for ExtractFingerTemplateResponse
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace ExtractFingerTemplateResponse {

            /** Properties of an ExtractFingerTemplateResponse. */
            interface $Properties {

                /** ExtractFingerTemplateResponse template */
                template?: Uint8Array;

                /** ExtractFingerTemplateResponse format */
                format?: string;

                /** ExtractFingerTemplateResponse quality */
                quality?: number;

                /** ExtractFingerTemplateResponse minutiae_count */
                minutiae_count?: number;

                /** ExtractFingerTemplateResponse width */
                width?: number;

                /** ExtractFingerTemplateResponse height */
                height?: number;

                /** ExtractFingerTemplateResponse minutiae */
                minutiae?: sinhtrac.v1.Minutia.$Properties[];

                /** ExtractFingerTemplateResponse quality_feedback */
                quality_feedback?: string[];

                /** ExtractFingerTemplateResponse dpi */
                dpi?: number;

                /** ExtractFingerTemplateResponse dpi_source */
                dpi_source?: string;

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of an ExtractFingerTemplateResponse. */
            type $Shape = sinhtrac.v1.ExtractFingerTemplateResponse.$Properties;
        }

        /**
         * Properties of a FingerScore.
         * @deprecated Use sinhtrac.v1.FingerScore.$Properties instead.
         */
        interface IFingerScore extends sinhtrac.v1.FingerScore.$Properties {
        }

        /** Represents a FingerScore. */
        class FingerScore {

            /**
             * Constructs a new FingerScore.
             * @param [properties] Properties to set
             */
            constructor(properties?: sinhtrac.v1.FingerScore.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** FingerScore position. */
            position: number;

            /** FingerScore score. */
            score: number;

            /** FingerScore match. */
            match: boolean;

            /**
             * Creates a new FingerScore instance using the specified properties.
             * @param [properties] Properties to set
             * @returns FingerScore instance
             */
            static create(properties: sinhtrac.v1.FingerScore.$Shape): sinhtrac.v1.FingerScore & sinhtrac.v1.FingerScore.$Shape;
            static create(properties?: sinhtrac.v1.FingerScore.$Properties): sinhtrac.v1.FingerScore;

            /**
             * Encodes the specified FingerScore message. Does not implicitly {@link sinhtrac.v1.FingerScore.verify|verify} messages.
             * @param message FingerScore message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: sinhtrac.v1.FingerScore.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a FingerScore message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {sinhtrac.v1.FingerScore & sinhtrac.v1.FingerScore.$Shape} FingerScore
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): sinhtrac.v1.FingerScore & sinhtrac.v1.FingerScore.$Shape;

            /**
             * Verifies a FingerScore message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a FingerScore message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns FingerScore
             */
            static fromObject(object: { [k: string]: any }): sinhtrac.v1.FingerScore;

            /**
             * Creates a plain object from a FingerScore message. Also converts values to other types if specified.
             * @param message FingerScore
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: sinhtrac.v1.FingerScore, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this FingerScore to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for FingerScore
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace FingerScore {

            /** Properties of a FingerScore. */
            interface $Properties {

                /** FingerScore position */
                position?: number;

                /** FingerScore score */
                score?: number;

                /** FingerScore match */
                match?: boolean;

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a FingerScore. */
            type $Shape = sinhtrac.v1.FingerScore.$Properties;
        }

        /**
         * Properties of a CompareFingersRequest.
         * @deprecated Use sinhtrac.v1.CompareFingersRequest.$Properties instead.
         */
        interface ICompareFingersRequest extends sinhtrac.v1.CompareFingersRequest.$Properties {
        }

        /** Represents a CompareFingersRequest. */
        class CompareFingersRequest {

            /**
             * Constructs a new CompareFingersRequest.
             * @param [properties] Properties to set
             */
            constructor(properties?: sinhtrac.v1.CompareFingersRequest.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** CompareFingersRequest probe. */
            probe: sinhtrac.v1.FingerSample[];

            /** CompareFingersRequest reference. */
            reference: sinhtrac.v1.FingerSample[];

            /** CompareFingersRequest target_fmr. */
            target_fmr: number;

            /**
             * Creates a new CompareFingersRequest instance using the specified properties.
             * @param [properties] Properties to set
             * @returns CompareFingersRequest instance
             */
            static create(properties: sinhtrac.v1.CompareFingersRequest.$Shape): sinhtrac.v1.CompareFingersRequest & sinhtrac.v1.CompareFingersRequest.$Shape;
            static create(properties?: sinhtrac.v1.CompareFingersRequest.$Properties): sinhtrac.v1.CompareFingersRequest;

            /**
             * Encodes the specified CompareFingersRequest message. Does not implicitly {@link sinhtrac.v1.CompareFingersRequest.verify|verify} messages.
             * @param message CompareFingersRequest message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: sinhtrac.v1.CompareFingersRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a CompareFingersRequest message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {sinhtrac.v1.CompareFingersRequest & sinhtrac.v1.CompareFingersRequest.$Shape} CompareFingersRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): sinhtrac.v1.CompareFingersRequest & sinhtrac.v1.CompareFingersRequest.$Shape;

            /**
             * Verifies a CompareFingersRequest message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a CompareFingersRequest message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns CompareFingersRequest
             */
            static fromObject(object: { [k: string]: any }): sinhtrac.v1.CompareFingersRequest;

            /**
             * Creates a plain object from a CompareFingersRequest message. Also converts values to other types if specified.
             * @param message CompareFingersRequest
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: sinhtrac.v1.CompareFingersRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this CompareFingersRequest to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for CompareFingersRequest
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace CompareFingersRequest {

            /** Properties of a CompareFingersRequest. */
            interface $Properties {

                /** CompareFingersRequest probe */
                probe?: sinhtrac.v1.FingerSample.$Properties[];

                /** CompareFingersRequest reference */
                reference?: sinhtrac.v1.FingerSample.$Properties[];

                /** CompareFingersRequest target_fmr */
                target_fmr?: number;

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a CompareFingersRequest. */
            type $Shape = sinhtrac.v1.CompareFingersRequest.$Properties;
        }

        /**
         * Properties of a CompareFingersResponse.
         * @deprecated Use sinhtrac.v1.CompareFingersResponse.$Properties instead.
         */
        interface ICompareFingersResponse extends sinhtrac.v1.CompareFingersResponse.$Properties {
        }

        /** Represents a CompareFingersResponse. */
        class CompareFingersResponse {

            /**
             * Constructs a new CompareFingersResponse.
             * @param [properties] Properties to set
             */
            constructor(properties?: sinhtrac.v1.CompareFingersResponse.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** CompareFingersResponse score. */
            score: number;

            /** CompareFingersResponse match. */
            match: boolean;

            /** CompareFingersResponse threshold. */
            threshold: number;

            /** CompareFingersResponse target_fmr. */
            target_fmr: number;

            /** CompareFingersResponse fingers. */
            fingers: sinhtrac.v1.FingerScore[];

            /**
             * Creates a new CompareFingersResponse instance using the specified properties.
             * @param [properties] Properties to set
             * @returns CompareFingersResponse instance
             */
            static create(properties: sinhtrac.v1.CompareFingersResponse.$Shape): sinhtrac.v1.CompareFingersResponse & sinhtrac.v1.CompareFingersResponse.$Shape;
            static create(properties?: sinhtrac.v1.CompareFingersResponse.$Properties): sinhtrac.v1.CompareFingersResponse;

            /**
             * Encodes the specified CompareFingersResponse message. Does not implicitly {@link sinhtrac.v1.CompareFingersResponse.verify|verify} messages.
             * @param message CompareFingersResponse message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: sinhtrac.v1.CompareFingersResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a CompareFingersResponse message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {sinhtrac.v1.CompareFingersResponse & sinhtrac.v1.CompareFingersResponse.$Shape} CompareFingersResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): sinhtrac.v1.CompareFingersResponse & sinhtrac.v1.CompareFingersResponse.$Shape;

            /**
             * Verifies a CompareFingersResponse message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a CompareFingersResponse message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns CompareFingersResponse
             */
            static fromObject(object: { [k: string]: any }): sinhtrac.v1.CompareFingersResponse;

            /**
             * Creates a plain object from a CompareFingersResponse message. Also converts values to other types if specified.
             * @param message CompareFingersResponse
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: sinhtrac.v1.CompareFingersResponse, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this CompareFingersResponse to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for CompareFingersResponse
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace CompareFingersResponse {

            /** Properties of a CompareFingersResponse. */
            interface $Properties {

                /** CompareFingersResponse score */
                score?: number;

                /** CompareFingersResponse match */
                match?: boolean;

                /** CompareFingersResponse threshold */
                threshold?: number;

                /** CompareFingersResponse target_fmr */
                target_fmr?: number;

                /** CompareFingersResponse fingers */
                fingers?: sinhtrac.v1.FingerScore.$Properties[];

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a CompareFingersResponse. */
            type $Shape = sinhtrac.v1.CompareFingersResponse.$Properties;
        }
    }
}
