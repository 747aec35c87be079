import * as $protobuf from "protobufjs/minimal.js";
import Long = require("long");

/** Namespace sinhtrac. */
export namespace sinhtrac {

    /** Namespace v1. */
    namespace v1 {

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

            /** FaceQuality score. */
            score: number;

            /** FaceQuality face_width_px. */
            face_width_px: number;

            /** FaceQuality confidence. */
            confidence: number;

            /** FaceQuality yaw_deg. */
            yaw_deg: number;

            /** FaceQuality sharpness. */
            sharpness: number;

            /** FaceQuality brightness. */
            brightness: number;

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

                /** FaceQuality score */
                score?: number;

                /** FaceQuality face_width_px */
                face_width_px?: number;

                /** FaceQuality confidence */
                confidence?: number;

                /** FaceQuality yaw_deg */
                yaw_deg?: number;

                /** FaceQuality sharpness */
                sharpness?: number;

                /** FaceQuality brightness */
                brightness?: number;

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
