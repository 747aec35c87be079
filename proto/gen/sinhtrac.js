/*eslint-disable block-scoped-var, id-length, no-control-regex, no-magic-numbers, no-mixed-operators, no-prototype-builtins, no-redeclare, no-shadow, no-var, sort-vars, default-case, jsdoc/require-param*/
import $protobuf from "protobufjs/minimal.js";

// Common aliases
const $Reader = $protobuf.Reader, $Writer = $protobuf.Writer, $util = $protobuf.util;
const $Object = $util.global.Object, $undefined = $util.global.undefined, $Error = $util.global.Error, $RangeError = $util.global.RangeError, $Array = $util.global.Array, $TypeError = $util.global.TypeError, $String = $util.global.String, $Boolean = $util.global.Boolean, $Number = $util.global.Number, $isFinite = $util.global.isFinite;

// Exported root namespace
const $root = $protobuf.roots["default"] || ($protobuf.roots["default"] = {});

export const sinhtrac = $root.sinhtrac = (() => {

    /**
     * Namespace sinhtrac.
     * @exports sinhtrac
     * @namespace
     */
    const sinhtrac = {};

    sinhtrac.v1 = (function() {

        /**
         * Namespace v1.
         * @memberof sinhtrac
         * @namespace
         */
        const v1 = {};

        v1.CreateRecordRequest = (function() {

            /**
             * Properties of a CreateRecordRequest.
             * @typedef {Object} sinhtrac.v1.CreateRecordRequest.$Properties
             * @property {string} [cccd] CreateRecordRequest cccd
             * @property {sinhtrac.v1.FaceSample.$Properties} [face] CreateRecordRequest face
             * @property {Array.<sinhtrac.v1.FingerSample.$Properties>} [fingers] CreateRecordRequest fingers
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a CreateRecordRequest.
             * @memberof sinhtrac.v1
             * @interface ICreateRecordRequest
             * @augments sinhtrac.v1.CreateRecordRequest.$Properties
             * @deprecated Use sinhtrac.v1.CreateRecordRequest.$Properties instead.
             */

            /**
             * Shape of a CreateRecordRequest.
             * @typedef {{
             *   cccd?: string;
             *   face?: sinhtrac.v1.FaceSample.$Shape;
             *   fingers?: Array.<sinhtrac.v1.FingerSample.$Shape>;
             *   $unknowns?: Array.<Uint8Array>;
             * }} sinhtrac.v1.CreateRecordRequest.$Shape
             */

            /**
             * Constructs a new CreateRecordRequest.
             * @memberof sinhtrac.v1
             * @classdesc Represents a CreateRecordRequest.
             * @constructor
             * @param {sinhtrac.v1.CreateRecordRequest.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const CreateRecordRequest = function (properties) {
                this.fingers = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * CreateRecordRequest cccd.
             * @member {string} cccd
             * @memberof sinhtrac.v1.CreateRecordRequest
             * @instance
             */
            CreateRecordRequest.prototype.cccd = "";

            /**
             * CreateRecordRequest face.
             * @member {sinhtrac.v1.FaceSample} face
             * @memberof sinhtrac.v1.CreateRecordRequest
             * @instance
             */
            CreateRecordRequest.prototype.face = null;

            /**
             * CreateRecordRequest fingers.
             * @member {Array.<sinhtrac.v1.FingerSample>} fingers
             * @memberof sinhtrac.v1.CreateRecordRequest
             * @instance
             */
            CreateRecordRequest.prototype.fingers = $util.emptyArray;

            /**
             * Creates a new CreateRecordRequest instance using the specified properties.
             * @function create
             * @memberof sinhtrac.v1.CreateRecordRequest
             * @static
             * @param {sinhtrac.v1.CreateRecordRequest.$Properties=} [properties] Properties to set
             * @returns {sinhtrac.v1.CreateRecordRequest} CreateRecordRequest instance
             * @type {{
             *   (properties: sinhtrac.v1.CreateRecordRequest.$Shape): sinhtrac.v1.CreateRecordRequest & sinhtrac.v1.CreateRecordRequest.$Shape;
             *   (properties?: sinhtrac.v1.CreateRecordRequest.$Properties): sinhtrac.v1.CreateRecordRequest;
             * }}
             */
            CreateRecordRequest.create = function(properties) {
                return new CreateRecordRequest(properties);
            };

            /**
             * Encodes the specified CreateRecordRequest message. Does not implicitly {@link sinhtrac.v1.CreateRecordRequest.verify|verify} messages.
             * @function encode
             * @memberof sinhtrac.v1.CreateRecordRequest
             * @static
             * @param {sinhtrac.v1.CreateRecordRequest.$Properties} message CreateRecordRequest message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            CreateRecordRequest.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.cccd != null && $Object.hasOwnProperty.call(message, "cccd") && message.cccd !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.cccd);
                if (message.face != null && $Object.hasOwnProperty.call(message, "face"))
                    $root.sinhtrac.v1.FaceSample.encode(message.face, writer.uint32(/* id 2, wireType 2 =*/18).fork(), _depth + 1).ldelim();
                if (message.fingers != null && message.fingers.length)
                    for (let i = 0; i < message.fingers.length; ++i)
                        $root.sinhtrac.v1.FingerSample.encode(message.fingers[i], writer.uint32(/* id 3, wireType 2 =*/26).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a CreateRecordRequest message from the specified reader or buffer.
             * @function decode
             * @memberof sinhtrac.v1.CreateRecordRequest
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {sinhtrac.v1.CreateRecordRequest & sinhtrac.v1.CreateRecordRequest.$Shape} CreateRecordRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            CreateRecordRequest.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.sinhtrac.v1.CreateRecordRequest();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.cccd = value;
                            else
                                delete message.cccd;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            message.face = $root.sinhtrac.v1.FaceSample.decode(reader, reader.size(), $undefined, _depth + 1, message.face);
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if (!(message.fingers && message.fingers.length))
                                message.fingers = [];
                            message.fingers.push($root.sinhtrac.v1.FingerSample.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Verifies a CreateRecordRequest message.
             * @function verify
             * @memberof sinhtrac.v1.CreateRecordRequest
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            CreateRecordRequest.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.cccd != null && $Object.hasOwnProperty.call(message, "cccd"))
                    if (!$util.isString(message.cccd))
                        return "cccd: string expected";
                if (message.face != null && $Object.hasOwnProperty.call(message, "face")) {
                    let error = $root.sinhtrac.v1.FaceSample.verify(message.face, _depth + 1);
                    if (error)
                        return "face." + error;
                }
                if (message.fingers != null && $Object.hasOwnProperty.call(message, "fingers")) {
                    if (!$Array.isArray(message.fingers))
                        return "fingers: array expected";
                    for (let i = 0; i < message.fingers.length; ++i) {
                        let error = $root.sinhtrac.v1.FingerSample.verify(message.fingers[i], _depth + 1);
                        if (error)
                            return "fingers." + error;
                    }
                }
                return null;
            };

            /**
             * Creates a CreateRecordRequest message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof sinhtrac.v1.CreateRecordRequest
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {sinhtrac.v1.CreateRecordRequest} CreateRecordRequest
             */
            CreateRecordRequest.fromObject = function (object, _depth) {
                if (object instanceof $root.sinhtrac.v1.CreateRecordRequest)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".sinhtrac.v1.CreateRecordRequest: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.sinhtrac.v1.CreateRecordRequest();
                if (object.cccd != null)
                    if (typeof object.cccd !== "string" || object.cccd.length)
                        message.cccd = $String(object.cccd);
                if (object.face != null) {
                    if (!$util.isObject(object.face))
                        throw $TypeError(".sinhtrac.v1.CreateRecordRequest.face: object expected");
                    message.face = $root.sinhtrac.v1.FaceSample.fromObject(object.face, _depth + 1);
                }
                if (object.fingers) {
                    if (!$Array.isArray(object.fingers))
                        throw $TypeError(".sinhtrac.v1.CreateRecordRequest.fingers: array expected");
                    message.fingers = $Array(object.fingers.length);
                    for (let i = 0; i < object.fingers.length; ++i) {
                        if (!$util.isObject(object.fingers[i]))
                            throw $TypeError(".sinhtrac.v1.CreateRecordRequest.fingers: object expected");
                        message.fingers[i] = $root.sinhtrac.v1.FingerSample.fromObject(object.fingers[i], _depth + 1);
                    }
                }
                return message;
            };

            /**
             * Creates a plain object from a CreateRecordRequest message. Also converts values to other types if specified.
             * @function toObject
             * @memberof sinhtrac.v1.CreateRecordRequest
             * @static
             * @param {sinhtrac.v1.CreateRecordRequest} message CreateRecordRequest
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            CreateRecordRequest.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.arrays || options.defaults)
                    object.fingers = [];
                if (options.defaults) {
                    object.cccd = "";
                    object.face = null;
                }
                if (message.cccd != null && $Object.hasOwnProperty.call(message, "cccd"))
                    object.cccd = message.cccd;
                if (message.face != null && $Object.hasOwnProperty.call(message, "face"))
                    object.face = $root.sinhtrac.v1.FaceSample.toObject(message.face, options, _depth + 1);
                if (message.fingers && message.fingers.length) {
                    object.fingers = $Array(message.fingers.length);
                    for (let j = 0; j < message.fingers.length; ++j)
                        object.fingers[j] = $root.sinhtrac.v1.FingerSample.toObject(message.fingers[j], options, _depth + 1);
                }
                return object;
            };

            /**
             * Converts this CreateRecordRequest to JSON.
             * @function toJSON
             * @memberof sinhtrac.v1.CreateRecordRequest
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            CreateRecordRequest.prototype.toJSON = function() {
                return CreateRecordRequest.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for CreateRecordRequest
             * @function getTypeUrl
             * @memberof sinhtrac.v1.CreateRecordRequest
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            CreateRecordRequest.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/sinhtrac.v1.CreateRecordRequest";
            };

            return CreateRecordRequest;
        })();

        v1.ReplaceRecordRequest = (function() {

            /**
             * Properties of a ReplaceRecordRequest.
             * @typedef {Object} sinhtrac.v1.ReplaceRecordRequest.$Properties
             * @property {string} [cccd] ReplaceRecordRequest cccd
             * @property {sinhtrac.v1.FaceSample.$Properties} [face] ReplaceRecordRequest face
             * @property {Array.<sinhtrac.v1.FingerSample.$Properties>} [fingers] ReplaceRecordRequest fingers
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a ReplaceRecordRequest.
             * @memberof sinhtrac.v1
             * @interface IReplaceRecordRequest
             * @augments sinhtrac.v1.ReplaceRecordRequest.$Properties
             * @deprecated Use sinhtrac.v1.ReplaceRecordRequest.$Properties instead.
             */

            /**
             * Shape of a ReplaceRecordRequest.
             * @typedef {{
             *   cccd?: string;
             *   face?: sinhtrac.v1.FaceSample.$Shape;
             *   fingers?: Array.<sinhtrac.v1.FingerSample.$Shape>;
             *   $unknowns?: Array.<Uint8Array>;
             * }} sinhtrac.v1.ReplaceRecordRequest.$Shape
             */

            /**
             * Constructs a new ReplaceRecordRequest.
             * @memberof sinhtrac.v1
             * @classdesc Represents a ReplaceRecordRequest.
             * @constructor
             * @param {sinhtrac.v1.ReplaceRecordRequest.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const ReplaceRecordRequest = function (properties) {
                this.fingers = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * ReplaceRecordRequest cccd.
             * @member {string} cccd
             * @memberof sinhtrac.v1.ReplaceRecordRequest
             * @instance
             */
            ReplaceRecordRequest.prototype.cccd = "";

            /**
             * ReplaceRecordRequest face.
             * @member {sinhtrac.v1.FaceSample} face
             * @memberof sinhtrac.v1.ReplaceRecordRequest
             * @instance
             */
            ReplaceRecordRequest.prototype.face = null;

            /**
             * ReplaceRecordRequest fingers.
             * @member {Array.<sinhtrac.v1.FingerSample>} fingers
             * @memberof sinhtrac.v1.ReplaceRecordRequest
             * @instance
             */
            ReplaceRecordRequest.prototype.fingers = $util.emptyArray;

            /**
             * Creates a new ReplaceRecordRequest instance using the specified properties.
             * @function create
             * @memberof sinhtrac.v1.ReplaceRecordRequest
             * @static
             * @param {sinhtrac.v1.ReplaceRecordRequest.$Properties=} [properties] Properties to set
             * @returns {sinhtrac.v1.ReplaceRecordRequest} ReplaceRecordRequest instance
             * @type {{
             *   (properties: sinhtrac.v1.ReplaceRecordRequest.$Shape): sinhtrac.v1.ReplaceRecordRequest & sinhtrac.v1.ReplaceRecordRequest.$Shape;
             *   (properties?: sinhtrac.v1.ReplaceRecordRequest.$Properties): sinhtrac.v1.ReplaceRecordRequest;
             * }}
             */
            ReplaceRecordRequest.create = function(properties) {
                return new ReplaceRecordRequest(properties);
            };

            /**
             * Encodes the specified ReplaceRecordRequest message. Does not implicitly {@link sinhtrac.v1.ReplaceRecordRequest.verify|verify} messages.
             * @function encode
             * @memberof sinhtrac.v1.ReplaceRecordRequest
             * @static
             * @param {sinhtrac.v1.ReplaceRecordRequest.$Properties} message ReplaceRecordRequest message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ReplaceRecordRequest.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.cccd != null && $Object.hasOwnProperty.call(message, "cccd") && message.cccd !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.cccd);
                if (message.face != null && $Object.hasOwnProperty.call(message, "face"))
                    $root.sinhtrac.v1.FaceSample.encode(message.face, writer.uint32(/* id 2, wireType 2 =*/18).fork(), _depth + 1).ldelim();
                if (message.fingers != null && message.fingers.length)
                    for (let i = 0; i < message.fingers.length; ++i)
                        $root.sinhtrac.v1.FingerSample.encode(message.fingers[i], writer.uint32(/* id 3, wireType 2 =*/26).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a ReplaceRecordRequest message from the specified reader or buffer.
             * @function decode
             * @memberof sinhtrac.v1.ReplaceRecordRequest
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {sinhtrac.v1.ReplaceRecordRequest & sinhtrac.v1.ReplaceRecordRequest.$Shape} ReplaceRecordRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ReplaceRecordRequest.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.sinhtrac.v1.ReplaceRecordRequest();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.cccd = value;
                            else
                                delete message.cccd;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            message.face = $root.sinhtrac.v1.FaceSample.decode(reader, reader.size(), $undefined, _depth + 1, message.face);
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if (!(message.fingers && message.fingers.length))
                                message.fingers = [];
                            message.fingers.push($root.sinhtrac.v1.FingerSample.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Verifies a ReplaceRecordRequest message.
             * @function verify
             * @memberof sinhtrac.v1.ReplaceRecordRequest
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            ReplaceRecordRequest.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.cccd != null && $Object.hasOwnProperty.call(message, "cccd"))
                    if (!$util.isString(message.cccd))
                        return "cccd: string expected";
                if (message.face != null && $Object.hasOwnProperty.call(message, "face")) {
                    let error = $root.sinhtrac.v1.FaceSample.verify(message.face, _depth + 1);
                    if (error)
                        return "face." + error;
                }
                if (message.fingers != null && $Object.hasOwnProperty.call(message, "fingers")) {
                    if (!$Array.isArray(message.fingers))
                        return "fingers: array expected";
                    for (let i = 0; i < message.fingers.length; ++i) {
                        let error = $root.sinhtrac.v1.FingerSample.verify(message.fingers[i], _depth + 1);
                        if (error)
                            return "fingers." + error;
                    }
                }
                return null;
            };

            /**
             * Creates a ReplaceRecordRequest message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof sinhtrac.v1.ReplaceRecordRequest
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {sinhtrac.v1.ReplaceRecordRequest} ReplaceRecordRequest
             */
            ReplaceRecordRequest.fromObject = function (object, _depth) {
                if (object instanceof $root.sinhtrac.v1.ReplaceRecordRequest)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".sinhtrac.v1.ReplaceRecordRequest: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.sinhtrac.v1.ReplaceRecordRequest();
                if (object.cccd != null)
                    if (typeof object.cccd !== "string" || object.cccd.length)
                        message.cccd = $String(object.cccd);
                if (object.face != null) {
                    if (!$util.isObject(object.face))
                        throw $TypeError(".sinhtrac.v1.ReplaceRecordRequest.face: object expected");
                    message.face = $root.sinhtrac.v1.FaceSample.fromObject(object.face, _depth + 1);
                }
                if (object.fingers) {
                    if (!$Array.isArray(object.fingers))
                        throw $TypeError(".sinhtrac.v1.ReplaceRecordRequest.fingers: array expected");
                    message.fingers = $Array(object.fingers.length);
                    for (let i = 0; i < object.fingers.length; ++i) {
                        if (!$util.isObject(object.fingers[i]))
                            throw $TypeError(".sinhtrac.v1.ReplaceRecordRequest.fingers: object expected");
                        message.fingers[i] = $root.sinhtrac.v1.FingerSample.fromObject(object.fingers[i], _depth + 1);
                    }
                }
                return message;
            };

            /**
             * Creates a plain object from a ReplaceRecordRequest message. Also converts values to other types if specified.
             * @function toObject
             * @memberof sinhtrac.v1.ReplaceRecordRequest
             * @static
             * @param {sinhtrac.v1.ReplaceRecordRequest} message ReplaceRecordRequest
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            ReplaceRecordRequest.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.arrays || options.defaults)
                    object.fingers = [];
                if (options.defaults) {
                    object.cccd = "";
                    object.face = null;
                }
                if (message.cccd != null && $Object.hasOwnProperty.call(message, "cccd"))
                    object.cccd = message.cccd;
                if (message.face != null && $Object.hasOwnProperty.call(message, "face"))
                    object.face = $root.sinhtrac.v1.FaceSample.toObject(message.face, options, _depth + 1);
                if (message.fingers && message.fingers.length) {
                    object.fingers = $Array(message.fingers.length);
                    for (let j = 0; j < message.fingers.length; ++j)
                        object.fingers[j] = $root.sinhtrac.v1.FingerSample.toObject(message.fingers[j], options, _depth + 1);
                }
                return object;
            };

            /**
             * Converts this ReplaceRecordRequest to JSON.
             * @function toJSON
             * @memberof sinhtrac.v1.ReplaceRecordRequest
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            ReplaceRecordRequest.prototype.toJSON = function() {
                return ReplaceRecordRequest.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for ReplaceRecordRequest
             * @function getTypeUrl
             * @memberof sinhtrac.v1.ReplaceRecordRequest
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            ReplaceRecordRequest.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/sinhtrac.v1.ReplaceRecordRequest";
            };

            return ReplaceRecordRequest;
        })();

        v1.GetRecordRequest = (function() {

            /**
             * Properties of a GetRecordRequest.
             * @typedef {Object} sinhtrac.v1.GetRecordRequest.$Properties
             * @property {string} [cccd] GetRecordRequest cccd
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a GetRecordRequest.
             * @memberof sinhtrac.v1
             * @interface IGetRecordRequest
             * @augments sinhtrac.v1.GetRecordRequest.$Properties
             * @deprecated Use sinhtrac.v1.GetRecordRequest.$Properties instead.
             */

            /**
             * Shape of a GetRecordRequest.
             * @typedef {sinhtrac.v1.GetRecordRequest.$Properties} sinhtrac.v1.GetRecordRequest.$Shape
             */

            /**
             * Constructs a new GetRecordRequest.
             * @memberof sinhtrac.v1
             * @classdesc Represents a GetRecordRequest.
             * @constructor
             * @param {sinhtrac.v1.GetRecordRequest.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const GetRecordRequest = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * GetRecordRequest cccd.
             * @member {string} cccd
             * @memberof sinhtrac.v1.GetRecordRequest
             * @instance
             */
            GetRecordRequest.prototype.cccd = "";

            /**
             * Creates a new GetRecordRequest instance using the specified properties.
             * @function create
             * @memberof sinhtrac.v1.GetRecordRequest
             * @static
             * @param {sinhtrac.v1.GetRecordRequest.$Properties=} [properties] Properties to set
             * @returns {sinhtrac.v1.GetRecordRequest} GetRecordRequest instance
             * @type {{
             *   (properties: sinhtrac.v1.GetRecordRequest.$Shape): sinhtrac.v1.GetRecordRequest & sinhtrac.v1.GetRecordRequest.$Shape;
             *   (properties?: sinhtrac.v1.GetRecordRequest.$Properties): sinhtrac.v1.GetRecordRequest;
             * }}
             */
            GetRecordRequest.create = function(properties) {
                return new GetRecordRequest(properties);
            };

            /**
             * Encodes the specified GetRecordRequest message. Does not implicitly {@link sinhtrac.v1.GetRecordRequest.verify|verify} messages.
             * @function encode
             * @memberof sinhtrac.v1.GetRecordRequest
             * @static
             * @param {sinhtrac.v1.GetRecordRequest.$Properties} message GetRecordRequest message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            GetRecordRequest.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.cccd != null && $Object.hasOwnProperty.call(message, "cccd") && message.cccd !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.cccd);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a GetRecordRequest message from the specified reader or buffer.
             * @function decode
             * @memberof sinhtrac.v1.GetRecordRequest
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {sinhtrac.v1.GetRecordRequest & sinhtrac.v1.GetRecordRequest.$Shape} GetRecordRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            GetRecordRequest.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.sinhtrac.v1.GetRecordRequest();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.cccd = value;
                            else
                                delete message.cccd;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Verifies a GetRecordRequest message.
             * @function verify
             * @memberof sinhtrac.v1.GetRecordRequest
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            GetRecordRequest.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.cccd != null && $Object.hasOwnProperty.call(message, "cccd"))
                    if (!$util.isString(message.cccd))
                        return "cccd: string expected";
                return null;
            };

            /**
             * Creates a GetRecordRequest message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof sinhtrac.v1.GetRecordRequest
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {sinhtrac.v1.GetRecordRequest} GetRecordRequest
             */
            GetRecordRequest.fromObject = function (object, _depth) {
                if (object instanceof $root.sinhtrac.v1.GetRecordRequest)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".sinhtrac.v1.GetRecordRequest: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.sinhtrac.v1.GetRecordRequest();
                if (object.cccd != null)
                    if (typeof object.cccd !== "string" || object.cccd.length)
                        message.cccd = $String(object.cccd);
                return message;
            };

            /**
             * Creates a plain object from a GetRecordRequest message. Also converts values to other types if specified.
             * @function toObject
             * @memberof sinhtrac.v1.GetRecordRequest
             * @static
             * @param {sinhtrac.v1.GetRecordRequest} message GetRecordRequest
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            GetRecordRequest.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults)
                    object.cccd = "";
                if (message.cccd != null && $Object.hasOwnProperty.call(message, "cccd"))
                    object.cccd = message.cccd;
                return object;
            };

            /**
             * Converts this GetRecordRequest to JSON.
             * @function toJSON
             * @memberof sinhtrac.v1.GetRecordRequest
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            GetRecordRequest.prototype.toJSON = function() {
                return GetRecordRequest.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for GetRecordRequest
             * @function getTypeUrl
             * @memberof sinhtrac.v1.GetRecordRequest
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            GetRecordRequest.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/sinhtrac.v1.GetRecordRequest";
            };

            return GetRecordRequest;
        })();

        v1.DeleteRecordRequest = (function() {

            /**
             * Properties of a DeleteRecordRequest.
             * @typedef {Object} sinhtrac.v1.DeleteRecordRequest.$Properties
             * @property {string} [cccd] DeleteRecordRequest cccd
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a DeleteRecordRequest.
             * @memberof sinhtrac.v1
             * @interface IDeleteRecordRequest
             * @augments sinhtrac.v1.DeleteRecordRequest.$Properties
             * @deprecated Use sinhtrac.v1.DeleteRecordRequest.$Properties instead.
             */

            /**
             * Shape of a DeleteRecordRequest.
             * @typedef {sinhtrac.v1.DeleteRecordRequest.$Properties} sinhtrac.v1.DeleteRecordRequest.$Shape
             */

            /**
             * Constructs a new DeleteRecordRequest.
             * @memberof sinhtrac.v1
             * @classdesc Represents a DeleteRecordRequest.
             * @constructor
             * @param {sinhtrac.v1.DeleteRecordRequest.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const DeleteRecordRequest = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * DeleteRecordRequest cccd.
             * @member {string} cccd
             * @memberof sinhtrac.v1.DeleteRecordRequest
             * @instance
             */
            DeleteRecordRequest.prototype.cccd = "";

            /**
             * Creates a new DeleteRecordRequest instance using the specified properties.
             * @function create
             * @memberof sinhtrac.v1.DeleteRecordRequest
             * @static
             * @param {sinhtrac.v1.DeleteRecordRequest.$Properties=} [properties] Properties to set
             * @returns {sinhtrac.v1.DeleteRecordRequest} DeleteRecordRequest instance
             * @type {{
             *   (properties: sinhtrac.v1.DeleteRecordRequest.$Shape): sinhtrac.v1.DeleteRecordRequest & sinhtrac.v1.DeleteRecordRequest.$Shape;
             *   (properties?: sinhtrac.v1.DeleteRecordRequest.$Properties): sinhtrac.v1.DeleteRecordRequest;
             * }}
             */
            DeleteRecordRequest.create = function(properties) {
                return new DeleteRecordRequest(properties);
            };

            /**
             * Encodes the specified DeleteRecordRequest message. Does not implicitly {@link sinhtrac.v1.DeleteRecordRequest.verify|verify} messages.
             * @function encode
             * @memberof sinhtrac.v1.DeleteRecordRequest
             * @static
             * @param {sinhtrac.v1.DeleteRecordRequest.$Properties} message DeleteRecordRequest message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            DeleteRecordRequest.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.cccd != null && $Object.hasOwnProperty.call(message, "cccd") && message.cccd !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.cccd);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a DeleteRecordRequest message from the specified reader or buffer.
             * @function decode
             * @memberof sinhtrac.v1.DeleteRecordRequest
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {sinhtrac.v1.DeleteRecordRequest & sinhtrac.v1.DeleteRecordRequest.$Shape} DeleteRecordRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            DeleteRecordRequest.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.sinhtrac.v1.DeleteRecordRequest();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.cccd = value;
                            else
                                delete message.cccd;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Verifies a DeleteRecordRequest message.
             * @function verify
             * @memberof sinhtrac.v1.DeleteRecordRequest
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            DeleteRecordRequest.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.cccd != null && $Object.hasOwnProperty.call(message, "cccd"))
                    if (!$util.isString(message.cccd))
                        return "cccd: string expected";
                return null;
            };

            /**
             * Creates a DeleteRecordRequest message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof sinhtrac.v1.DeleteRecordRequest
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {sinhtrac.v1.DeleteRecordRequest} DeleteRecordRequest
             */
            DeleteRecordRequest.fromObject = function (object, _depth) {
                if (object instanceof $root.sinhtrac.v1.DeleteRecordRequest)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".sinhtrac.v1.DeleteRecordRequest: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.sinhtrac.v1.DeleteRecordRequest();
                if (object.cccd != null)
                    if (typeof object.cccd !== "string" || object.cccd.length)
                        message.cccd = $String(object.cccd);
                return message;
            };

            /**
             * Creates a plain object from a DeleteRecordRequest message. Also converts values to other types if specified.
             * @function toObject
             * @memberof sinhtrac.v1.DeleteRecordRequest
             * @static
             * @param {sinhtrac.v1.DeleteRecordRequest} message DeleteRecordRequest
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            DeleteRecordRequest.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults)
                    object.cccd = "";
                if (message.cccd != null && $Object.hasOwnProperty.call(message, "cccd"))
                    object.cccd = message.cccd;
                return object;
            };

            /**
             * Converts this DeleteRecordRequest to JSON.
             * @function toJSON
             * @memberof sinhtrac.v1.DeleteRecordRequest
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            DeleteRecordRequest.prototype.toJSON = function() {
                return DeleteRecordRequest.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for DeleteRecordRequest
             * @function getTypeUrl
             * @memberof sinhtrac.v1.DeleteRecordRequest
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            DeleteRecordRequest.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/sinhtrac.v1.DeleteRecordRequest";
            };

            return DeleteRecordRequest;
        })();

        v1.DeleteRecordResponse = (function() {

            /**
             * Properties of a DeleteRecordResponse.
             * @typedef {Object} sinhtrac.v1.DeleteRecordResponse.$Properties
             * @property {boolean} [deleted] DeleteRecordResponse deleted
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a DeleteRecordResponse.
             * @memberof sinhtrac.v1
             * @interface IDeleteRecordResponse
             * @augments sinhtrac.v1.DeleteRecordResponse.$Properties
             * @deprecated Use sinhtrac.v1.DeleteRecordResponse.$Properties instead.
             */

            /**
             * Shape of a DeleteRecordResponse.
             * @typedef {sinhtrac.v1.DeleteRecordResponse.$Properties} sinhtrac.v1.DeleteRecordResponse.$Shape
             */

            /**
             * Constructs a new DeleteRecordResponse.
             * @memberof sinhtrac.v1
             * @classdesc Represents a DeleteRecordResponse.
             * @constructor
             * @param {sinhtrac.v1.DeleteRecordResponse.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const DeleteRecordResponse = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * DeleteRecordResponse deleted.
             * @member {boolean} deleted
             * @memberof sinhtrac.v1.DeleteRecordResponse
             * @instance
             */
            DeleteRecordResponse.prototype.deleted = false;

            /**
             * Creates a new DeleteRecordResponse instance using the specified properties.
             * @function create
             * @memberof sinhtrac.v1.DeleteRecordResponse
             * @static
             * @param {sinhtrac.v1.DeleteRecordResponse.$Properties=} [properties] Properties to set
             * @returns {sinhtrac.v1.DeleteRecordResponse} DeleteRecordResponse instance
             * @type {{
             *   (properties: sinhtrac.v1.DeleteRecordResponse.$Shape): sinhtrac.v1.DeleteRecordResponse & sinhtrac.v1.DeleteRecordResponse.$Shape;
             *   (properties?: sinhtrac.v1.DeleteRecordResponse.$Properties): sinhtrac.v1.DeleteRecordResponse;
             * }}
             */
            DeleteRecordResponse.create = function(properties) {
                return new DeleteRecordResponse(properties);
            };

            /**
             * Encodes the specified DeleteRecordResponse message. Does not implicitly {@link sinhtrac.v1.DeleteRecordResponse.verify|verify} messages.
             * @function encode
             * @memberof sinhtrac.v1.DeleteRecordResponse
             * @static
             * @param {sinhtrac.v1.DeleteRecordResponse.$Properties} message DeleteRecordResponse message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            DeleteRecordResponse.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.deleted != null && $Object.hasOwnProperty.call(message, "deleted") && message.deleted !== false)
                    writer.uint32(/* id 1, wireType 0 =*/8).bool(message.deleted);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a DeleteRecordResponse message from the specified reader or buffer.
             * @function decode
             * @memberof sinhtrac.v1.DeleteRecordResponse
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {sinhtrac.v1.DeleteRecordResponse & sinhtrac.v1.DeleteRecordResponse.$Shape} DeleteRecordResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            DeleteRecordResponse.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.sinhtrac.v1.DeleteRecordResponse();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.bool())
                                message.deleted = value;
                            else
                                delete message.deleted;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Verifies a DeleteRecordResponse message.
             * @function verify
             * @memberof sinhtrac.v1.DeleteRecordResponse
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            DeleteRecordResponse.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.deleted != null && $Object.hasOwnProperty.call(message, "deleted"))
                    if (typeof message.deleted !== "boolean")
                        return "deleted: boolean expected";
                return null;
            };

            /**
             * Creates a DeleteRecordResponse message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof sinhtrac.v1.DeleteRecordResponse
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {sinhtrac.v1.DeleteRecordResponse} DeleteRecordResponse
             */
            DeleteRecordResponse.fromObject = function (object, _depth) {
                if (object instanceof $root.sinhtrac.v1.DeleteRecordResponse)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".sinhtrac.v1.DeleteRecordResponse: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.sinhtrac.v1.DeleteRecordResponse();
                if (object.deleted != null)
                    if (object.deleted)
                        message.deleted = $Boolean(object.deleted);
                return message;
            };

            /**
             * Creates a plain object from a DeleteRecordResponse message. Also converts values to other types if specified.
             * @function toObject
             * @memberof sinhtrac.v1.DeleteRecordResponse
             * @static
             * @param {sinhtrac.v1.DeleteRecordResponse} message DeleteRecordResponse
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            DeleteRecordResponse.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults)
                    object.deleted = false;
                if (message.deleted != null && $Object.hasOwnProperty.call(message, "deleted"))
                    object.deleted = message.deleted;
                return object;
            };

            /**
             * Converts this DeleteRecordResponse to JSON.
             * @function toJSON
             * @memberof sinhtrac.v1.DeleteRecordResponse
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            DeleteRecordResponse.prototype.toJSON = function() {
                return DeleteRecordResponse.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for DeleteRecordResponse
             * @function getTypeUrl
             * @memberof sinhtrac.v1.DeleteRecordResponse
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            DeleteRecordResponse.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/sinhtrac.v1.DeleteRecordResponse";
            };

            return DeleteRecordResponse;
        })();

        v1.StoredFace = (function() {

            /**
             * Properties of a StoredFace.
             * @typedef {Object} sinhtrac.v1.StoredFace.$Properties
             * @property {string} [template_version] StoredFace template_version
             * @property {number} [template_bytes] StoredFace template_bytes
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a StoredFace.
             * @memberof sinhtrac.v1
             * @interface IStoredFace
             * @augments sinhtrac.v1.StoredFace.$Properties
             * @deprecated Use sinhtrac.v1.StoredFace.$Properties instead.
             */

            /**
             * Shape of a StoredFace.
             * @typedef {sinhtrac.v1.StoredFace.$Properties} sinhtrac.v1.StoredFace.$Shape
             */

            /**
             * Constructs a new StoredFace.
             * @memberof sinhtrac.v1
             * @classdesc Represents a StoredFace.
             * @constructor
             * @param {sinhtrac.v1.StoredFace.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const StoredFace = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * StoredFace template_version.
             * @member {string} template_version
             * @memberof sinhtrac.v1.StoredFace
             * @instance
             */
            StoredFace.prototype.template_version = "";

            /**
             * StoredFace template_bytes.
             * @member {number} template_bytes
             * @memberof sinhtrac.v1.StoredFace
             * @instance
             */
            StoredFace.prototype.template_bytes = 0;

            /**
             * Creates a new StoredFace instance using the specified properties.
             * @function create
             * @memberof sinhtrac.v1.StoredFace
             * @static
             * @param {sinhtrac.v1.StoredFace.$Properties=} [properties] Properties to set
             * @returns {sinhtrac.v1.StoredFace} StoredFace instance
             * @type {{
             *   (properties: sinhtrac.v1.StoredFace.$Shape): sinhtrac.v1.StoredFace & sinhtrac.v1.StoredFace.$Shape;
             *   (properties?: sinhtrac.v1.StoredFace.$Properties): sinhtrac.v1.StoredFace;
             * }}
             */
            StoredFace.create = function(properties) {
                return new StoredFace(properties);
            };

            /**
             * Encodes the specified StoredFace message. Does not implicitly {@link sinhtrac.v1.StoredFace.verify|verify} messages.
             * @function encode
             * @memberof sinhtrac.v1.StoredFace
             * @static
             * @param {sinhtrac.v1.StoredFace.$Properties} message StoredFace message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            StoredFace.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.template_version != null && $Object.hasOwnProperty.call(message, "template_version") && message.template_version !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.template_version);
                if (message.template_bytes != null && $Object.hasOwnProperty.call(message, "template_bytes") && message.template_bytes !== 0)
                    writer.uint32(/* id 2, wireType 0 =*/16).uint32(message.template_bytes);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a StoredFace message from the specified reader or buffer.
             * @function decode
             * @memberof sinhtrac.v1.StoredFace
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {sinhtrac.v1.StoredFace & sinhtrac.v1.StoredFace.$Shape} StoredFace
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            StoredFace.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.sinhtrac.v1.StoredFace();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.template_version = value;
                            else
                                delete message.template_version;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.template_bytes = value;
                            else
                                delete message.template_bytes;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Verifies a StoredFace message.
             * @function verify
             * @memberof sinhtrac.v1.StoredFace
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            StoredFace.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.template_version != null && $Object.hasOwnProperty.call(message, "template_version"))
                    if (!$util.isString(message.template_version))
                        return "template_version: string expected";
                if (message.template_bytes != null && $Object.hasOwnProperty.call(message, "template_bytes"))
                    if (!$util.isInteger(message.template_bytes))
                        return "template_bytes: integer expected";
                return null;
            };

            /**
             * Creates a StoredFace message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof sinhtrac.v1.StoredFace
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {sinhtrac.v1.StoredFace} StoredFace
             */
            StoredFace.fromObject = function (object, _depth) {
                if (object instanceof $root.sinhtrac.v1.StoredFace)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".sinhtrac.v1.StoredFace: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.sinhtrac.v1.StoredFace();
                if (object.template_version != null)
                    if (typeof object.template_version !== "string" || object.template_version.length)
                        message.template_version = $String(object.template_version);
                if (object.template_bytes != null)
                    if ($Number(object.template_bytes) !== 0)
                        message.template_bytes = object.template_bytes >>> 0;
                return message;
            };

            /**
             * Creates a plain object from a StoredFace message. Also converts values to other types if specified.
             * @function toObject
             * @memberof sinhtrac.v1.StoredFace
             * @static
             * @param {sinhtrac.v1.StoredFace} message StoredFace
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            StoredFace.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.template_version = "";
                    object.template_bytes = 0;
                }
                if (message.template_version != null && $Object.hasOwnProperty.call(message, "template_version"))
                    object.template_version = message.template_version;
                if (message.template_bytes != null && $Object.hasOwnProperty.call(message, "template_bytes"))
                    object.template_bytes = message.template_bytes;
                return object;
            };

            /**
             * Converts this StoredFace to JSON.
             * @function toJSON
             * @memberof sinhtrac.v1.StoredFace
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            StoredFace.prototype.toJSON = function() {
                return StoredFace.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for StoredFace
             * @function getTypeUrl
             * @memberof sinhtrac.v1.StoredFace
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            StoredFace.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/sinhtrac.v1.StoredFace";
            };

            return StoredFace;
        })();

        v1.StoredFinger = (function() {

            /**
             * Properties of a StoredFinger.
             * @typedef {Object} sinhtrac.v1.StoredFinger.$Properties
             * @property {number} [position] StoredFinger position
             * @property {string} [format] StoredFinger format
             * @property {string} [template_version] StoredFinger template_version
             * @property {number} [template_bytes] StoredFinger template_bytes
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a StoredFinger.
             * @memberof sinhtrac.v1
             * @interface IStoredFinger
             * @augments sinhtrac.v1.StoredFinger.$Properties
             * @deprecated Use sinhtrac.v1.StoredFinger.$Properties instead.
             */

            /**
             * Shape of a StoredFinger.
             * @typedef {sinhtrac.v1.StoredFinger.$Properties} sinhtrac.v1.StoredFinger.$Shape
             */

            /**
             * Constructs a new StoredFinger.
             * @memberof sinhtrac.v1
             * @classdesc Represents a StoredFinger.
             * @constructor
             * @param {sinhtrac.v1.StoredFinger.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const StoredFinger = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * StoredFinger position.
             * @member {number} position
             * @memberof sinhtrac.v1.StoredFinger
             * @instance
             */
            StoredFinger.prototype.position = 0;

            /**
             * StoredFinger format.
             * @member {string} format
             * @memberof sinhtrac.v1.StoredFinger
             * @instance
             */
            StoredFinger.prototype.format = "";

            /**
             * StoredFinger template_version.
             * @member {string} template_version
             * @memberof sinhtrac.v1.StoredFinger
             * @instance
             */
            StoredFinger.prototype.template_version = "";

            /**
             * StoredFinger template_bytes.
             * @member {number} template_bytes
             * @memberof sinhtrac.v1.StoredFinger
             * @instance
             */
            StoredFinger.prototype.template_bytes = 0;

            /**
             * Creates a new StoredFinger instance using the specified properties.
             * @function create
             * @memberof sinhtrac.v1.StoredFinger
             * @static
             * @param {sinhtrac.v1.StoredFinger.$Properties=} [properties] Properties to set
             * @returns {sinhtrac.v1.StoredFinger} StoredFinger instance
             * @type {{
             *   (properties: sinhtrac.v1.StoredFinger.$Shape): sinhtrac.v1.StoredFinger & sinhtrac.v1.StoredFinger.$Shape;
             *   (properties?: sinhtrac.v1.StoredFinger.$Properties): sinhtrac.v1.StoredFinger;
             * }}
             */
            StoredFinger.create = function(properties) {
                return new StoredFinger(properties);
            };

            /**
             * Encodes the specified StoredFinger message. Does not implicitly {@link sinhtrac.v1.StoredFinger.verify|verify} messages.
             * @function encode
             * @memberof sinhtrac.v1.StoredFinger
             * @static
             * @param {sinhtrac.v1.StoredFinger.$Properties} message StoredFinger message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            StoredFinger.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.position != null && $Object.hasOwnProperty.call(message, "position") && message.position !== 0)
                    writer.uint32(/* id 1, wireType 0 =*/8).uint32(message.position);
                if (message.format != null && $Object.hasOwnProperty.call(message, "format") && message.format !== "")
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.format);
                if (message.template_version != null && $Object.hasOwnProperty.call(message, "template_version") && message.template_version !== "")
                    writer.uint32(/* id 3, wireType 2 =*/26).string(message.template_version);
                if (message.template_bytes != null && $Object.hasOwnProperty.call(message, "template_bytes") && message.template_bytes !== 0)
                    writer.uint32(/* id 4, wireType 0 =*/32).uint32(message.template_bytes);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a StoredFinger message from the specified reader or buffer.
             * @function decode
             * @memberof sinhtrac.v1.StoredFinger
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {sinhtrac.v1.StoredFinger & sinhtrac.v1.StoredFinger.$Shape} StoredFinger
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            StoredFinger.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.sinhtrac.v1.StoredFinger();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.position = value;
                            else
                                delete message.position;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.format = value;
                            else
                                delete message.format;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.template_version = value;
                            else
                                delete message.template_version;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.template_bytes = value;
                            else
                                delete message.template_bytes;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Verifies a StoredFinger message.
             * @function verify
             * @memberof sinhtrac.v1.StoredFinger
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            StoredFinger.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.position != null && $Object.hasOwnProperty.call(message, "position"))
                    if (!$util.isInteger(message.position))
                        return "position: integer expected";
                if (message.format != null && $Object.hasOwnProperty.call(message, "format"))
                    if (!$util.isString(message.format))
                        return "format: string expected";
                if (message.template_version != null && $Object.hasOwnProperty.call(message, "template_version"))
                    if (!$util.isString(message.template_version))
                        return "template_version: string expected";
                if (message.template_bytes != null && $Object.hasOwnProperty.call(message, "template_bytes"))
                    if (!$util.isInteger(message.template_bytes))
                        return "template_bytes: integer expected";
                return null;
            };

            /**
             * Creates a StoredFinger message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof sinhtrac.v1.StoredFinger
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {sinhtrac.v1.StoredFinger} StoredFinger
             */
            StoredFinger.fromObject = function (object, _depth) {
                if (object instanceof $root.sinhtrac.v1.StoredFinger)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".sinhtrac.v1.StoredFinger: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.sinhtrac.v1.StoredFinger();
                if (object.position != null)
                    if ($Number(object.position) !== 0)
                        message.position = object.position >>> 0;
                if (object.format != null)
                    if (typeof object.format !== "string" || object.format.length)
                        message.format = $String(object.format);
                if (object.template_version != null)
                    if (typeof object.template_version !== "string" || object.template_version.length)
                        message.template_version = $String(object.template_version);
                if (object.template_bytes != null)
                    if ($Number(object.template_bytes) !== 0)
                        message.template_bytes = object.template_bytes >>> 0;
                return message;
            };

            /**
             * Creates a plain object from a StoredFinger message. Also converts values to other types if specified.
             * @function toObject
             * @memberof sinhtrac.v1.StoredFinger
             * @static
             * @param {sinhtrac.v1.StoredFinger} message StoredFinger
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            StoredFinger.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.position = 0;
                    object.format = "";
                    object.template_version = "";
                    object.template_bytes = 0;
                }
                if (message.position != null && $Object.hasOwnProperty.call(message, "position"))
                    object.position = message.position;
                if (message.format != null && $Object.hasOwnProperty.call(message, "format"))
                    object.format = message.format;
                if (message.template_version != null && $Object.hasOwnProperty.call(message, "template_version"))
                    object.template_version = message.template_version;
                if (message.template_bytes != null && $Object.hasOwnProperty.call(message, "template_bytes"))
                    object.template_bytes = message.template_bytes;
                return object;
            };

            /**
             * Converts this StoredFinger to JSON.
             * @function toJSON
             * @memberof sinhtrac.v1.StoredFinger
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            StoredFinger.prototype.toJSON = function() {
                return StoredFinger.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for StoredFinger
             * @function getTypeUrl
             * @memberof sinhtrac.v1.StoredFinger
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            StoredFinger.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/sinhtrac.v1.StoredFinger";
            };

            return StoredFinger;
        })();

        v1.RecordInfo = (function() {

            /**
             * Properties of a RecordInfo.
             * @typedef {Object} sinhtrac.v1.RecordInfo.$Properties
             * @property {string} [cccd] RecordInfo cccd
             * @property {string} [province] RecordInfo province
             * @property {string} [sex] RecordInfo sex
             * @property {number} [birth_year] RecordInfo birth_year
             * @property {Array.<sinhtrac.v1.StoredFace.$Properties>} [faces] RecordInfo faces
             * @property {Array.<sinhtrac.v1.StoredFinger.$Properties>} [fingers] RecordInfo fingers
             * @property {string} [created_at] RecordInfo created_at
             * @property {string} [updated_at] RecordInfo updated_at
             * @property {string} [enrolled_by] RecordInfo enrolled_by
             * @property {string} [key_id] RecordInfo key_id
             * @property {sinhtrac.v1.FaceInfo.$Properties} [face] RecordInfo face
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a RecordInfo.
             * @memberof sinhtrac.v1
             * @interface IRecordInfo
             * @augments sinhtrac.v1.RecordInfo.$Properties
             * @deprecated Use sinhtrac.v1.RecordInfo.$Properties instead.
             */

            /**
             * Shape of a RecordInfo.
             * @typedef {sinhtrac.v1.RecordInfo.$Properties} sinhtrac.v1.RecordInfo.$Shape
             */

            /**
             * Constructs a new RecordInfo.
             * @memberof sinhtrac.v1
             * @classdesc Represents a RecordInfo.
             * @constructor
             * @param {sinhtrac.v1.RecordInfo.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const RecordInfo = function (properties) {
                this.faces = [];
                this.fingers = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * RecordInfo cccd.
             * @member {string} cccd
             * @memberof sinhtrac.v1.RecordInfo
             * @instance
             */
            RecordInfo.prototype.cccd = "";

            /**
             * RecordInfo province.
             * @member {string} province
             * @memberof sinhtrac.v1.RecordInfo
             * @instance
             */
            RecordInfo.prototype.province = "";

            /**
             * RecordInfo sex.
             * @member {string} sex
             * @memberof sinhtrac.v1.RecordInfo
             * @instance
             */
            RecordInfo.prototype.sex = "";

            /**
             * RecordInfo birth_year.
             * @member {number} birth_year
             * @memberof sinhtrac.v1.RecordInfo
             * @instance
             */
            RecordInfo.prototype.birth_year = 0;

            /**
             * RecordInfo faces.
             * @member {Array.<sinhtrac.v1.StoredFace>} faces
             * @memberof sinhtrac.v1.RecordInfo
             * @instance
             */
            RecordInfo.prototype.faces = $util.emptyArray;

            /**
             * RecordInfo fingers.
             * @member {Array.<sinhtrac.v1.StoredFinger>} fingers
             * @memberof sinhtrac.v1.RecordInfo
             * @instance
             */
            RecordInfo.prototype.fingers = $util.emptyArray;

            /**
             * RecordInfo created_at.
             * @member {string} created_at
             * @memberof sinhtrac.v1.RecordInfo
             * @instance
             */
            RecordInfo.prototype.created_at = "";

            /**
             * RecordInfo updated_at.
             * @member {string} updated_at
             * @memberof sinhtrac.v1.RecordInfo
             * @instance
             */
            RecordInfo.prototype.updated_at = "";

            /**
             * RecordInfo enrolled_by.
             * @member {string} enrolled_by
             * @memberof sinhtrac.v1.RecordInfo
             * @instance
             */
            RecordInfo.prototype.enrolled_by = "";

            /**
             * RecordInfo key_id.
             * @member {string} key_id
             * @memberof sinhtrac.v1.RecordInfo
             * @instance
             */
            RecordInfo.prototype.key_id = "";

            /**
             * RecordInfo face.
             * @member {sinhtrac.v1.FaceInfo} face
             * @memberof sinhtrac.v1.RecordInfo
             * @instance
             */
            RecordInfo.prototype.face = null;

            /**
             * Creates a new RecordInfo instance using the specified properties.
             * @function create
             * @memberof sinhtrac.v1.RecordInfo
             * @static
             * @param {sinhtrac.v1.RecordInfo.$Properties=} [properties] Properties to set
             * @returns {sinhtrac.v1.RecordInfo} RecordInfo instance
             * @type {{
             *   (properties: sinhtrac.v1.RecordInfo.$Shape): sinhtrac.v1.RecordInfo & sinhtrac.v1.RecordInfo.$Shape;
             *   (properties?: sinhtrac.v1.RecordInfo.$Properties): sinhtrac.v1.RecordInfo;
             * }}
             */
            RecordInfo.create = function(properties) {
                return new RecordInfo(properties);
            };

            /**
             * Encodes the specified RecordInfo message. Does not implicitly {@link sinhtrac.v1.RecordInfo.verify|verify} messages.
             * @function encode
             * @memberof sinhtrac.v1.RecordInfo
             * @static
             * @param {sinhtrac.v1.RecordInfo.$Properties} message RecordInfo message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            RecordInfo.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.cccd != null && $Object.hasOwnProperty.call(message, "cccd") && message.cccd !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.cccd);
                if (message.province != null && $Object.hasOwnProperty.call(message, "province") && message.province !== "")
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.province);
                if (message.sex != null && $Object.hasOwnProperty.call(message, "sex") && message.sex !== "")
                    writer.uint32(/* id 3, wireType 2 =*/26).string(message.sex);
                if (message.birth_year != null && $Object.hasOwnProperty.call(message, "birth_year") && message.birth_year !== 0)
                    writer.uint32(/* id 4, wireType 0 =*/32).uint32(message.birth_year);
                if (message.faces != null && message.faces.length)
                    for (let i = 0; i < message.faces.length; ++i)
                        $root.sinhtrac.v1.StoredFace.encode(message.faces[i], writer.uint32(/* id 5, wireType 2 =*/42).fork(), _depth + 1).ldelim();
                if (message.fingers != null && message.fingers.length)
                    for (let i = 0; i < message.fingers.length; ++i)
                        $root.sinhtrac.v1.StoredFinger.encode(message.fingers[i], writer.uint32(/* id 6, wireType 2 =*/50).fork(), _depth + 1).ldelim();
                if (message.created_at != null && $Object.hasOwnProperty.call(message, "created_at") && message.created_at !== "")
                    writer.uint32(/* id 7, wireType 2 =*/58).string(message.created_at);
                if (message.updated_at != null && $Object.hasOwnProperty.call(message, "updated_at") && message.updated_at !== "")
                    writer.uint32(/* id 8, wireType 2 =*/66).string(message.updated_at);
                if (message.enrolled_by != null && $Object.hasOwnProperty.call(message, "enrolled_by") && message.enrolled_by !== "")
                    writer.uint32(/* id 9, wireType 2 =*/74).string(message.enrolled_by);
                if (message.key_id != null && $Object.hasOwnProperty.call(message, "key_id") && message.key_id !== "")
                    writer.uint32(/* id 10, wireType 2 =*/82).string(message.key_id);
                if (message.face != null && $Object.hasOwnProperty.call(message, "face"))
                    $root.sinhtrac.v1.FaceInfo.encode(message.face, writer.uint32(/* id 11, wireType 2 =*/90).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a RecordInfo message from the specified reader or buffer.
             * @function decode
             * @memberof sinhtrac.v1.RecordInfo
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {sinhtrac.v1.RecordInfo & sinhtrac.v1.RecordInfo.$Shape} RecordInfo
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            RecordInfo.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.sinhtrac.v1.RecordInfo();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.cccd = value;
                            else
                                delete message.cccd;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.province = value;
                            else
                                delete message.province;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.sex = value;
                            else
                                delete message.sex;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.birth_year = value;
                            else
                                delete message.birth_year;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 2)
                                break;
                            if (!(message.faces && message.faces.length))
                                message.faces = [];
                            message.faces.push($root.sinhtrac.v1.StoredFace.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    case 6: {
                            if (wireType !== 2)
                                break;
                            if (!(message.fingers && message.fingers.length))
                                message.fingers = [];
                            message.fingers.push($root.sinhtrac.v1.StoredFinger.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    case 7: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.created_at = value;
                            else
                                delete message.created_at;
                            continue;
                        }
                    case 8: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.updated_at = value;
                            else
                                delete message.updated_at;
                            continue;
                        }
                    case 9: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.enrolled_by = value;
                            else
                                delete message.enrolled_by;
                            continue;
                        }
                    case 10: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.key_id = value;
                            else
                                delete message.key_id;
                            continue;
                        }
                    case 11: {
                            if (wireType !== 2)
                                break;
                            message.face = $root.sinhtrac.v1.FaceInfo.decode(reader, reader.size(), $undefined, _depth + 1, message.face);
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Verifies a RecordInfo message.
             * @function verify
             * @memberof sinhtrac.v1.RecordInfo
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            RecordInfo.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.cccd != null && $Object.hasOwnProperty.call(message, "cccd"))
                    if (!$util.isString(message.cccd))
                        return "cccd: string expected";
                if (message.province != null && $Object.hasOwnProperty.call(message, "province"))
                    if (!$util.isString(message.province))
                        return "province: string expected";
                if (message.sex != null && $Object.hasOwnProperty.call(message, "sex"))
                    if (!$util.isString(message.sex))
                        return "sex: string expected";
                if (message.birth_year != null && $Object.hasOwnProperty.call(message, "birth_year"))
                    if (!$util.isInteger(message.birth_year))
                        return "birth_year: integer expected";
                if (message.faces != null && $Object.hasOwnProperty.call(message, "faces")) {
                    if (!$Array.isArray(message.faces))
                        return "faces: array expected";
                    for (let i = 0; i < message.faces.length; ++i) {
                        let error = $root.sinhtrac.v1.StoredFace.verify(message.faces[i], _depth + 1);
                        if (error)
                            return "faces." + error;
                    }
                }
                if (message.fingers != null && $Object.hasOwnProperty.call(message, "fingers")) {
                    if (!$Array.isArray(message.fingers))
                        return "fingers: array expected";
                    for (let i = 0; i < message.fingers.length; ++i) {
                        let error = $root.sinhtrac.v1.StoredFinger.verify(message.fingers[i], _depth + 1);
                        if (error)
                            return "fingers." + error;
                    }
                }
                if (message.created_at != null && $Object.hasOwnProperty.call(message, "created_at"))
                    if (!$util.isString(message.created_at))
                        return "created_at: string expected";
                if (message.updated_at != null && $Object.hasOwnProperty.call(message, "updated_at"))
                    if (!$util.isString(message.updated_at))
                        return "updated_at: string expected";
                if (message.enrolled_by != null && $Object.hasOwnProperty.call(message, "enrolled_by"))
                    if (!$util.isString(message.enrolled_by))
                        return "enrolled_by: string expected";
                if (message.key_id != null && $Object.hasOwnProperty.call(message, "key_id"))
                    if (!$util.isString(message.key_id))
                        return "key_id: string expected";
                if (message.face != null && $Object.hasOwnProperty.call(message, "face")) {
                    let error = $root.sinhtrac.v1.FaceInfo.verify(message.face, _depth + 1);
                    if (error)
                        return "face." + error;
                }
                return null;
            };

            /**
             * Creates a RecordInfo message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof sinhtrac.v1.RecordInfo
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {sinhtrac.v1.RecordInfo} RecordInfo
             */
            RecordInfo.fromObject = function (object, _depth) {
                if (object instanceof $root.sinhtrac.v1.RecordInfo)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".sinhtrac.v1.RecordInfo: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.sinhtrac.v1.RecordInfo();
                if (object.cccd != null)
                    if (typeof object.cccd !== "string" || object.cccd.length)
                        message.cccd = $String(object.cccd);
                if (object.province != null)
                    if (typeof object.province !== "string" || object.province.length)
                        message.province = $String(object.province);
                if (object.sex != null)
                    if (typeof object.sex !== "string" || object.sex.length)
                        message.sex = $String(object.sex);
                if (object.birth_year != null)
                    if ($Number(object.birth_year) !== 0)
                        message.birth_year = object.birth_year >>> 0;
                if (object.faces) {
                    if (!$Array.isArray(object.faces))
                        throw $TypeError(".sinhtrac.v1.RecordInfo.faces: array expected");
                    message.faces = $Array(object.faces.length);
                    for (let i = 0; i < object.faces.length; ++i) {
                        if (!$util.isObject(object.faces[i]))
                            throw $TypeError(".sinhtrac.v1.RecordInfo.faces: object expected");
                        message.faces[i] = $root.sinhtrac.v1.StoredFace.fromObject(object.faces[i], _depth + 1);
                    }
                }
                if (object.fingers) {
                    if (!$Array.isArray(object.fingers))
                        throw $TypeError(".sinhtrac.v1.RecordInfo.fingers: array expected");
                    message.fingers = $Array(object.fingers.length);
                    for (let i = 0; i < object.fingers.length; ++i) {
                        if (!$util.isObject(object.fingers[i]))
                            throw $TypeError(".sinhtrac.v1.RecordInfo.fingers: object expected");
                        message.fingers[i] = $root.sinhtrac.v1.StoredFinger.fromObject(object.fingers[i], _depth + 1);
                    }
                }
                if (object.created_at != null)
                    if (typeof object.created_at !== "string" || object.created_at.length)
                        message.created_at = $String(object.created_at);
                if (object.updated_at != null)
                    if (typeof object.updated_at !== "string" || object.updated_at.length)
                        message.updated_at = $String(object.updated_at);
                if (object.enrolled_by != null)
                    if (typeof object.enrolled_by !== "string" || object.enrolled_by.length)
                        message.enrolled_by = $String(object.enrolled_by);
                if (object.key_id != null)
                    if (typeof object.key_id !== "string" || object.key_id.length)
                        message.key_id = $String(object.key_id);
                if (object.face != null) {
                    if (!$util.isObject(object.face))
                        throw $TypeError(".sinhtrac.v1.RecordInfo.face: object expected");
                    message.face = $root.sinhtrac.v1.FaceInfo.fromObject(object.face, _depth + 1);
                }
                return message;
            };

            /**
             * Creates a plain object from a RecordInfo message. Also converts values to other types if specified.
             * @function toObject
             * @memberof sinhtrac.v1.RecordInfo
             * @static
             * @param {sinhtrac.v1.RecordInfo} message RecordInfo
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            RecordInfo.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.arrays || options.defaults) {
                    object.faces = [];
                    object.fingers = [];
                }
                if (options.defaults) {
                    object.cccd = "";
                    object.province = "";
                    object.sex = "";
                    object.birth_year = 0;
                    object.created_at = "";
                    object.updated_at = "";
                    object.enrolled_by = "";
                    object.key_id = "";
                    object.face = null;
                }
                if (message.cccd != null && $Object.hasOwnProperty.call(message, "cccd"))
                    object.cccd = message.cccd;
                if (message.province != null && $Object.hasOwnProperty.call(message, "province"))
                    object.province = message.province;
                if (message.sex != null && $Object.hasOwnProperty.call(message, "sex"))
                    object.sex = message.sex;
                if (message.birth_year != null && $Object.hasOwnProperty.call(message, "birth_year"))
                    object.birth_year = message.birth_year;
                if (message.faces && message.faces.length) {
                    object.faces = $Array(message.faces.length);
                    for (let j = 0; j < message.faces.length; ++j)
                        object.faces[j] = $root.sinhtrac.v1.StoredFace.toObject(message.faces[j], options, _depth + 1);
                }
                if (message.fingers && message.fingers.length) {
                    object.fingers = $Array(message.fingers.length);
                    for (let j = 0; j < message.fingers.length; ++j)
                        object.fingers[j] = $root.sinhtrac.v1.StoredFinger.toObject(message.fingers[j], options, _depth + 1);
                }
                if (message.created_at != null && $Object.hasOwnProperty.call(message, "created_at"))
                    object.created_at = message.created_at;
                if (message.updated_at != null && $Object.hasOwnProperty.call(message, "updated_at"))
                    object.updated_at = message.updated_at;
                if (message.enrolled_by != null && $Object.hasOwnProperty.call(message, "enrolled_by"))
                    object.enrolled_by = message.enrolled_by;
                if (message.key_id != null && $Object.hasOwnProperty.call(message, "key_id"))
                    object.key_id = message.key_id;
                if (message.face != null && $Object.hasOwnProperty.call(message, "face"))
                    object.face = $root.sinhtrac.v1.FaceInfo.toObject(message.face, options, _depth + 1);
                return object;
            };

            /**
             * Converts this RecordInfo to JSON.
             * @function toJSON
             * @memberof sinhtrac.v1.RecordInfo
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            RecordInfo.prototype.toJSON = function() {
                return RecordInfo.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for RecordInfo
             * @function getTypeUrl
             * @memberof sinhtrac.v1.RecordInfo
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            RecordInfo.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/sinhtrac.v1.RecordInfo";
            };

            return RecordInfo;
        })();

        /**
         * Decision enum.
         * @name sinhtrac.v1.Decision
         * @enum {number}
         * @property {number} DECISION_UNSPECIFIED=0 DECISION_UNSPECIFIED value
         * @property {number} MATCH=1 MATCH value
         * @property {number} NO_MATCH=2 NO_MATCH value
         * @property {number} RECAPTURE=3 RECAPTURE value
         */
        v1.Decision = (function() {
            const valuesById = $Object.create(null), values = $Object.create(valuesById);
            values[valuesById[0] = "DECISION_UNSPECIFIED"] = 0;
            values[valuesById[1] = "MATCH"] = 1;
            values[valuesById[2] = "NO_MATCH"] = 2;
            values[valuesById[3] = "RECAPTURE"] = 3;
            return values;
        })();

        v1.VerifyRequest = (function() {

            /**
             * Properties of a VerifyRequest.
             * @typedef {Object} sinhtrac.v1.VerifyRequest.$Properties
             * @property {string} [cccd] VerifyRequest cccd
             * @property {sinhtrac.v1.FaceSample.$Properties} [face] VerifyRequest face
             * @property {Array.<sinhtrac.v1.FingerSample.$Properties>} [fingers] VerifyRequest fingers
             * @property {number} [target_fmr] VerifyRequest target_fmr
             * @property {number} [level] VerifyRequest level
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a VerifyRequest.
             * @memberof sinhtrac.v1
             * @interface IVerifyRequest
             * @augments sinhtrac.v1.VerifyRequest.$Properties
             * @deprecated Use sinhtrac.v1.VerifyRequest.$Properties instead.
             */

            /**
             * Shape of a VerifyRequest.
             * @typedef {{
             *   cccd?: string;
             *   face?: sinhtrac.v1.FaceSample.$Shape;
             *   fingers?: Array.<sinhtrac.v1.FingerSample.$Shape>;
             *   target_fmr?: number;
             *   level?: number;
             *   $unknowns?: Array.<Uint8Array>;
             * }} sinhtrac.v1.VerifyRequest.$Shape
             */

            /**
             * Constructs a new VerifyRequest.
             * @memberof sinhtrac.v1
             * @classdesc Represents a VerifyRequest.
             * @constructor
             * @param {sinhtrac.v1.VerifyRequest.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const VerifyRequest = function (properties) {
                this.fingers = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * VerifyRequest cccd.
             * @member {string} cccd
             * @memberof sinhtrac.v1.VerifyRequest
             * @instance
             */
            VerifyRequest.prototype.cccd = "";

            /**
             * VerifyRequest face.
             * @member {sinhtrac.v1.FaceSample} face
             * @memberof sinhtrac.v1.VerifyRequest
             * @instance
             */
            VerifyRequest.prototype.face = null;

            /**
             * VerifyRequest fingers.
             * @member {Array.<sinhtrac.v1.FingerSample>} fingers
             * @memberof sinhtrac.v1.VerifyRequest
             * @instance
             */
            VerifyRequest.prototype.fingers = $util.emptyArray;

            /**
             * VerifyRequest target_fmr.
             * @member {number} target_fmr
             * @memberof sinhtrac.v1.VerifyRequest
             * @instance
             */
            VerifyRequest.prototype.target_fmr = 0;

            /**
             * VerifyRequest level.
             * @member {number} level
             * @memberof sinhtrac.v1.VerifyRequest
             * @instance
             */
            VerifyRequest.prototype.level = 0;

            /**
             * Creates a new VerifyRequest instance using the specified properties.
             * @function create
             * @memberof sinhtrac.v1.VerifyRequest
             * @static
             * @param {sinhtrac.v1.VerifyRequest.$Properties=} [properties] Properties to set
             * @returns {sinhtrac.v1.VerifyRequest} VerifyRequest instance
             * @type {{
             *   (properties: sinhtrac.v1.VerifyRequest.$Shape): sinhtrac.v1.VerifyRequest & sinhtrac.v1.VerifyRequest.$Shape;
             *   (properties?: sinhtrac.v1.VerifyRequest.$Properties): sinhtrac.v1.VerifyRequest;
             * }}
             */
            VerifyRequest.create = function(properties) {
                return new VerifyRequest(properties);
            };

            /**
             * Encodes the specified VerifyRequest message. Does not implicitly {@link sinhtrac.v1.VerifyRequest.verify|verify} messages.
             * @function encode
             * @memberof sinhtrac.v1.VerifyRequest
             * @static
             * @param {sinhtrac.v1.VerifyRequest.$Properties} message VerifyRequest message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            VerifyRequest.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.cccd != null && $Object.hasOwnProperty.call(message, "cccd") && message.cccd !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.cccd);
                if (message.face != null && $Object.hasOwnProperty.call(message, "face"))
                    $root.sinhtrac.v1.FaceSample.encode(message.face, writer.uint32(/* id 2, wireType 2 =*/18).fork(), _depth + 1).ldelim();
                if (message.fingers != null && message.fingers.length)
                    for (let i = 0; i < message.fingers.length; ++i)
                        $root.sinhtrac.v1.FingerSample.encode(message.fingers[i], writer.uint32(/* id 3, wireType 2 =*/26).fork(), _depth + 1).ldelim();
                if (message.target_fmr != null && $Object.hasOwnProperty.call(message, "target_fmr") && !$Object.is(message.target_fmr, 0))
                    writer.uint32(/* id 4, wireType 1 =*/33).double(message.target_fmr);
                if (message.level != null && $Object.hasOwnProperty.call(message, "level") && message.level !== 0)
                    writer.uint32(/* id 5, wireType 0 =*/40).uint32(message.level);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a VerifyRequest message from the specified reader or buffer.
             * @function decode
             * @memberof sinhtrac.v1.VerifyRequest
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {sinhtrac.v1.VerifyRequest & sinhtrac.v1.VerifyRequest.$Shape} VerifyRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            VerifyRequest.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.sinhtrac.v1.VerifyRequest();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.cccd = value;
                            else
                                delete message.cccd;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            message.face = $root.sinhtrac.v1.FaceSample.decode(reader, reader.size(), $undefined, _depth + 1, message.face);
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if (!(message.fingers && message.fingers.length))
                                message.fingers = [];
                            message.fingers.push($root.sinhtrac.v1.FingerSample.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    case 4: {
                            if (wireType !== 1)
                                break;
                            if (!$Object.is(value = reader.double(), 0))
                                message.target_fmr = value;
                            else
                                delete message.target_fmr;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.level = value;
                            else
                                delete message.level;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Verifies a VerifyRequest message.
             * @function verify
             * @memberof sinhtrac.v1.VerifyRequest
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            VerifyRequest.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.cccd != null && $Object.hasOwnProperty.call(message, "cccd"))
                    if (!$util.isString(message.cccd))
                        return "cccd: string expected";
                if (message.face != null && $Object.hasOwnProperty.call(message, "face")) {
                    let error = $root.sinhtrac.v1.FaceSample.verify(message.face, _depth + 1);
                    if (error)
                        return "face." + error;
                }
                if (message.fingers != null && $Object.hasOwnProperty.call(message, "fingers")) {
                    if (!$Array.isArray(message.fingers))
                        return "fingers: array expected";
                    for (let i = 0; i < message.fingers.length; ++i) {
                        let error = $root.sinhtrac.v1.FingerSample.verify(message.fingers[i], _depth + 1);
                        if (error)
                            return "fingers." + error;
                    }
                }
                if (message.target_fmr != null && $Object.hasOwnProperty.call(message, "target_fmr"))
                    if (typeof message.target_fmr !== "number")
                        return "target_fmr: number expected";
                if (message.level != null && $Object.hasOwnProperty.call(message, "level"))
                    if (!$util.isInteger(message.level))
                        return "level: integer expected";
                return null;
            };

            /**
             * Creates a VerifyRequest message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof sinhtrac.v1.VerifyRequest
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {sinhtrac.v1.VerifyRequest} VerifyRequest
             */
            VerifyRequest.fromObject = function (object, _depth) {
                if (object instanceof $root.sinhtrac.v1.VerifyRequest)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".sinhtrac.v1.VerifyRequest: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.sinhtrac.v1.VerifyRequest();
                if (object.cccd != null)
                    if (typeof object.cccd !== "string" || object.cccd.length)
                        message.cccd = $String(object.cccd);
                if (object.face != null) {
                    if (!$util.isObject(object.face))
                        throw $TypeError(".sinhtrac.v1.VerifyRequest.face: object expected");
                    message.face = $root.sinhtrac.v1.FaceSample.fromObject(object.face, _depth + 1);
                }
                if (object.fingers) {
                    if (!$Array.isArray(object.fingers))
                        throw $TypeError(".sinhtrac.v1.VerifyRequest.fingers: array expected");
                    message.fingers = $Array(object.fingers.length);
                    for (let i = 0; i < object.fingers.length; ++i) {
                        if (!$util.isObject(object.fingers[i]))
                            throw $TypeError(".sinhtrac.v1.VerifyRequest.fingers: object expected");
                        message.fingers[i] = $root.sinhtrac.v1.FingerSample.fromObject(object.fingers[i], _depth + 1);
                    }
                }
                if (object.target_fmr != null)
                    if (!$Object.is($Number(object.target_fmr), 0))
                        message.target_fmr = $Number(object.target_fmr);
                if (object.level != null)
                    if ($Number(object.level) !== 0)
                        message.level = object.level >>> 0;
                return message;
            };

            /**
             * Creates a plain object from a VerifyRequest message. Also converts values to other types if specified.
             * @function toObject
             * @memberof sinhtrac.v1.VerifyRequest
             * @static
             * @param {sinhtrac.v1.VerifyRequest} message VerifyRequest
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            VerifyRequest.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.arrays || options.defaults)
                    object.fingers = [];
                if (options.defaults) {
                    object.cccd = "";
                    object.face = null;
                    object.target_fmr = 0;
                    object.level = 0;
                }
                if (message.cccd != null && $Object.hasOwnProperty.call(message, "cccd"))
                    object.cccd = message.cccd;
                if (message.face != null && $Object.hasOwnProperty.call(message, "face"))
                    object.face = $root.sinhtrac.v1.FaceSample.toObject(message.face, options, _depth + 1);
                if (message.fingers && message.fingers.length) {
                    object.fingers = $Array(message.fingers.length);
                    for (let j = 0; j < message.fingers.length; ++j)
                        object.fingers[j] = $root.sinhtrac.v1.FingerSample.toObject(message.fingers[j], options, _depth + 1);
                }
                if (message.target_fmr != null && $Object.hasOwnProperty.call(message, "target_fmr"))
                    object.target_fmr = options.json && !$isFinite(message.target_fmr) ? $String(message.target_fmr) : message.target_fmr;
                if (message.level != null && $Object.hasOwnProperty.call(message, "level"))
                    object.level = message.level;
                return object;
            };

            /**
             * Converts this VerifyRequest to JSON.
             * @function toJSON
             * @memberof sinhtrac.v1.VerifyRequest
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            VerifyRequest.prototype.toJSON = function() {
                return VerifyRequest.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for VerifyRequest
             * @function getTypeUrl
             * @memberof sinhtrac.v1.VerifyRequest
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            VerifyRequest.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/sinhtrac.v1.VerifyRequest";
            };

            return VerifyRequest;
        })();

        v1.FaceVerification = (function() {

            /**
             * Properties of a FaceVerification.
             * @typedef {Object} sinhtrac.v1.FaceVerification.$Properties
             * @property {number} [score] FaceVerification score
             * @property {boolean} [match] FaceVerification match
             * @property {number} [threshold] FaceVerification threshold
             * @property {sinhtrac.v1.FaceInfo.$Properties} [info] FaceVerification info
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a FaceVerification.
             * @memberof sinhtrac.v1
             * @interface IFaceVerification
             * @augments sinhtrac.v1.FaceVerification.$Properties
             * @deprecated Use sinhtrac.v1.FaceVerification.$Properties instead.
             */

            /**
             * Shape of a FaceVerification.
             * @typedef {sinhtrac.v1.FaceVerification.$Properties} sinhtrac.v1.FaceVerification.$Shape
             */

            /**
             * Constructs a new FaceVerification.
             * @memberof sinhtrac.v1
             * @classdesc Represents a FaceVerification.
             * @constructor
             * @param {sinhtrac.v1.FaceVerification.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const FaceVerification = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * FaceVerification score.
             * @member {number} score
             * @memberof sinhtrac.v1.FaceVerification
             * @instance
             */
            FaceVerification.prototype.score = 0;

            /**
             * FaceVerification match.
             * @member {boolean} match
             * @memberof sinhtrac.v1.FaceVerification
             * @instance
             */
            FaceVerification.prototype.match = false;

            /**
             * FaceVerification threshold.
             * @member {number} threshold
             * @memberof sinhtrac.v1.FaceVerification
             * @instance
             */
            FaceVerification.prototype.threshold = 0;

            /**
             * FaceVerification info.
             * @member {sinhtrac.v1.FaceInfo} info
             * @memberof sinhtrac.v1.FaceVerification
             * @instance
             */
            FaceVerification.prototype.info = null;

            /**
             * Creates a new FaceVerification instance using the specified properties.
             * @function create
             * @memberof sinhtrac.v1.FaceVerification
             * @static
             * @param {sinhtrac.v1.FaceVerification.$Properties=} [properties] Properties to set
             * @returns {sinhtrac.v1.FaceVerification} FaceVerification instance
             * @type {{
             *   (properties: sinhtrac.v1.FaceVerification.$Shape): sinhtrac.v1.FaceVerification & sinhtrac.v1.FaceVerification.$Shape;
             *   (properties?: sinhtrac.v1.FaceVerification.$Properties): sinhtrac.v1.FaceVerification;
             * }}
             */
            FaceVerification.create = function(properties) {
                return new FaceVerification(properties);
            };

            /**
             * Encodes the specified FaceVerification message. Does not implicitly {@link sinhtrac.v1.FaceVerification.verify|verify} messages.
             * @function encode
             * @memberof sinhtrac.v1.FaceVerification
             * @static
             * @param {sinhtrac.v1.FaceVerification.$Properties} message FaceVerification message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            FaceVerification.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.score != null && $Object.hasOwnProperty.call(message, "score") && !$Object.is(message.score, 0))
                    writer.uint32(/* id 1, wireType 1 =*/9).double(message.score);
                if (message.match != null && $Object.hasOwnProperty.call(message, "match") && message.match !== false)
                    writer.uint32(/* id 2, wireType 0 =*/16).bool(message.match);
                if (message.threshold != null && $Object.hasOwnProperty.call(message, "threshold") && !$Object.is(message.threshold, 0))
                    writer.uint32(/* id 3, wireType 1 =*/25).double(message.threshold);
                if (message.info != null && $Object.hasOwnProperty.call(message, "info"))
                    $root.sinhtrac.v1.FaceInfo.encode(message.info, writer.uint32(/* id 4, wireType 2 =*/34).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a FaceVerification message from the specified reader or buffer.
             * @function decode
             * @memberof sinhtrac.v1.FaceVerification
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {sinhtrac.v1.FaceVerification & sinhtrac.v1.FaceVerification.$Shape} FaceVerification
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            FaceVerification.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.sinhtrac.v1.FaceVerification();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 1)
                                break;
                            if (!$Object.is(value = reader.double(), 0))
                                message.score = value;
                            else
                                delete message.score;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.bool())
                                message.match = value;
                            else
                                delete message.match;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 1)
                                break;
                            if (!$Object.is(value = reader.double(), 0))
                                message.threshold = value;
                            else
                                delete message.threshold;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            message.info = $root.sinhtrac.v1.FaceInfo.decode(reader, reader.size(), $undefined, _depth + 1, message.info);
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Verifies a FaceVerification message.
             * @function verify
             * @memberof sinhtrac.v1.FaceVerification
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            FaceVerification.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.score != null && $Object.hasOwnProperty.call(message, "score"))
                    if (typeof message.score !== "number")
                        return "score: number expected";
                if (message.match != null && $Object.hasOwnProperty.call(message, "match"))
                    if (typeof message.match !== "boolean")
                        return "match: boolean expected";
                if (message.threshold != null && $Object.hasOwnProperty.call(message, "threshold"))
                    if (typeof message.threshold !== "number")
                        return "threshold: number expected";
                if (message.info != null && $Object.hasOwnProperty.call(message, "info")) {
                    let error = $root.sinhtrac.v1.FaceInfo.verify(message.info, _depth + 1);
                    if (error)
                        return "info." + error;
                }
                return null;
            };

            /**
             * Creates a FaceVerification message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof sinhtrac.v1.FaceVerification
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {sinhtrac.v1.FaceVerification} FaceVerification
             */
            FaceVerification.fromObject = function (object, _depth) {
                if (object instanceof $root.sinhtrac.v1.FaceVerification)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".sinhtrac.v1.FaceVerification: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.sinhtrac.v1.FaceVerification();
                if (object.score != null)
                    if (!$Object.is($Number(object.score), 0))
                        message.score = $Number(object.score);
                if (object.match != null)
                    if (object.match)
                        message.match = $Boolean(object.match);
                if (object.threshold != null)
                    if (!$Object.is($Number(object.threshold), 0))
                        message.threshold = $Number(object.threshold);
                if (object.info != null) {
                    if (!$util.isObject(object.info))
                        throw $TypeError(".sinhtrac.v1.FaceVerification.info: object expected");
                    message.info = $root.sinhtrac.v1.FaceInfo.fromObject(object.info, _depth + 1);
                }
                return message;
            };

            /**
             * Creates a plain object from a FaceVerification message. Also converts values to other types if specified.
             * @function toObject
             * @memberof sinhtrac.v1.FaceVerification
             * @static
             * @param {sinhtrac.v1.FaceVerification} message FaceVerification
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            FaceVerification.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.score = 0;
                    object.match = false;
                    object.threshold = 0;
                    object.info = null;
                }
                if (message.score != null && $Object.hasOwnProperty.call(message, "score"))
                    object.score = options.json && !$isFinite(message.score) ? $String(message.score) : message.score;
                if (message.match != null && $Object.hasOwnProperty.call(message, "match"))
                    object.match = message.match;
                if (message.threshold != null && $Object.hasOwnProperty.call(message, "threshold"))
                    object.threshold = options.json && !$isFinite(message.threshold) ? $String(message.threshold) : message.threshold;
                if (message.info != null && $Object.hasOwnProperty.call(message, "info"))
                    object.info = $root.sinhtrac.v1.FaceInfo.toObject(message.info, options, _depth + 1);
                return object;
            };

            /**
             * Converts this FaceVerification to JSON.
             * @function toJSON
             * @memberof sinhtrac.v1.FaceVerification
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            FaceVerification.prototype.toJSON = function() {
                return FaceVerification.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for FaceVerification
             * @function getTypeUrl
             * @memberof sinhtrac.v1.FaceVerification
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            FaceVerification.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/sinhtrac.v1.FaceVerification";
            };

            return FaceVerification;
        })();

        v1.FingerVerification = (function() {

            /**
             * Properties of a FingerVerification.
             * @typedef {Object} sinhtrac.v1.FingerVerification.$Properties
             * @property {number} [position] FingerVerification position
             * @property {number} [score] FingerVerification score
             * @property {boolean} [match] FingerVerification match
             * @property {number} [quality] FingerVerification quality
             * @property {number} [minutiae_count] FingerVerification minutiae_count
             * @property {string} [reason] FingerVerification reason
             * @property {Array.<string>} [quality_feedback] FingerVerification quality_feedback
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a FingerVerification.
             * @memberof sinhtrac.v1
             * @interface IFingerVerification
             * @augments sinhtrac.v1.FingerVerification.$Properties
             * @deprecated Use sinhtrac.v1.FingerVerification.$Properties instead.
             */

            /**
             * Shape of a FingerVerification.
             * @typedef {sinhtrac.v1.FingerVerification.$Properties} sinhtrac.v1.FingerVerification.$Shape
             */

            /**
             * Constructs a new FingerVerification.
             * @memberof sinhtrac.v1
             * @classdesc Represents a FingerVerification.
             * @constructor
             * @param {sinhtrac.v1.FingerVerification.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const FingerVerification = function (properties) {
                this.quality_feedback = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * FingerVerification position.
             * @member {number} position
             * @memberof sinhtrac.v1.FingerVerification
             * @instance
             */
            FingerVerification.prototype.position = 0;

            /**
             * FingerVerification score.
             * @member {number} score
             * @memberof sinhtrac.v1.FingerVerification
             * @instance
             */
            FingerVerification.prototype.score = 0;

            /**
             * FingerVerification match.
             * @member {boolean} match
             * @memberof sinhtrac.v1.FingerVerification
             * @instance
             */
            FingerVerification.prototype.match = false;

            /**
             * FingerVerification quality.
             * @member {number} quality
             * @memberof sinhtrac.v1.FingerVerification
             * @instance
             */
            FingerVerification.prototype.quality = 0;

            /**
             * FingerVerification minutiae_count.
             * @member {number} minutiae_count
             * @memberof sinhtrac.v1.FingerVerification
             * @instance
             */
            FingerVerification.prototype.minutiae_count = 0;

            /**
             * FingerVerification reason.
             * @member {string} reason
             * @memberof sinhtrac.v1.FingerVerification
             * @instance
             */
            FingerVerification.prototype.reason = "";

            /**
             * FingerVerification quality_feedback.
             * @member {Array.<string>} quality_feedback
             * @memberof sinhtrac.v1.FingerVerification
             * @instance
             */
            FingerVerification.prototype.quality_feedback = $util.emptyArray;

            /**
             * Creates a new FingerVerification instance using the specified properties.
             * @function create
             * @memberof sinhtrac.v1.FingerVerification
             * @static
             * @param {sinhtrac.v1.FingerVerification.$Properties=} [properties] Properties to set
             * @returns {sinhtrac.v1.FingerVerification} FingerVerification instance
             * @type {{
             *   (properties: sinhtrac.v1.FingerVerification.$Shape): sinhtrac.v1.FingerVerification & sinhtrac.v1.FingerVerification.$Shape;
             *   (properties?: sinhtrac.v1.FingerVerification.$Properties): sinhtrac.v1.FingerVerification;
             * }}
             */
            FingerVerification.create = function(properties) {
                return new FingerVerification(properties);
            };

            /**
             * Encodes the specified FingerVerification message. Does not implicitly {@link sinhtrac.v1.FingerVerification.verify|verify} messages.
             * @function encode
             * @memberof sinhtrac.v1.FingerVerification
             * @static
             * @param {sinhtrac.v1.FingerVerification.$Properties} message FingerVerification message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            FingerVerification.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.position != null && $Object.hasOwnProperty.call(message, "position") && message.position !== 0)
                    writer.uint32(/* id 1, wireType 0 =*/8).uint32(message.position);
                if (message.score != null && $Object.hasOwnProperty.call(message, "score") && !$Object.is(message.score, 0))
                    writer.uint32(/* id 2, wireType 1 =*/17).double(message.score);
                if (message.match != null && $Object.hasOwnProperty.call(message, "match") && message.match !== false)
                    writer.uint32(/* id 3, wireType 0 =*/24).bool(message.match);
                if (message.quality != null && $Object.hasOwnProperty.call(message, "quality") && message.quality !== 0)
                    writer.uint32(/* id 4, wireType 0 =*/32).uint32(message.quality);
                if (message.minutiae_count != null && $Object.hasOwnProperty.call(message, "minutiae_count") && message.minutiae_count !== 0)
                    writer.uint32(/* id 5, wireType 0 =*/40).uint32(message.minutiae_count);
                if (message.reason != null && $Object.hasOwnProperty.call(message, "reason") && message.reason !== "")
                    writer.uint32(/* id 6, wireType 2 =*/50).string(message.reason);
                if (message.quality_feedback != null && message.quality_feedback.length)
                    for (let i = 0; i < message.quality_feedback.length; ++i)
                        writer.uint32(/* id 7, wireType 2 =*/58).string(message.quality_feedback[i]);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a FingerVerification message from the specified reader or buffer.
             * @function decode
             * @memberof sinhtrac.v1.FingerVerification
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {sinhtrac.v1.FingerVerification & sinhtrac.v1.FingerVerification.$Shape} FingerVerification
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            FingerVerification.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.sinhtrac.v1.FingerVerification();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.position = value;
                            else
                                delete message.position;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 1)
                                break;
                            if (!$Object.is(value = reader.double(), 0))
                                message.score = value;
                            else
                                delete message.score;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.bool())
                                message.match = value;
                            else
                                delete message.match;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.quality = value;
                            else
                                delete message.quality;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.minutiae_count = value;
                            else
                                delete message.minutiae_count;
                            continue;
                        }
                    case 6: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.reason = value;
                            else
                                delete message.reason;
                            continue;
                        }
                    case 7: {
                            if (wireType !== 2)
                                break;
                            if (!(message.quality_feedback && message.quality_feedback.length))
                                message.quality_feedback = [];
                            message.quality_feedback.push(reader.stringVerify());
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Verifies a FingerVerification message.
             * @function verify
             * @memberof sinhtrac.v1.FingerVerification
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            FingerVerification.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.position != null && $Object.hasOwnProperty.call(message, "position"))
                    if (!$util.isInteger(message.position))
                        return "position: integer expected";
                if (message.score != null && $Object.hasOwnProperty.call(message, "score"))
                    if (typeof message.score !== "number")
                        return "score: number expected";
                if (message.match != null && $Object.hasOwnProperty.call(message, "match"))
                    if (typeof message.match !== "boolean")
                        return "match: boolean expected";
                if (message.quality != null && $Object.hasOwnProperty.call(message, "quality"))
                    if (!$util.isInteger(message.quality))
                        return "quality: integer expected";
                if (message.minutiae_count != null && $Object.hasOwnProperty.call(message, "minutiae_count"))
                    if (!$util.isInteger(message.minutiae_count))
                        return "minutiae_count: integer expected";
                if (message.reason != null && $Object.hasOwnProperty.call(message, "reason"))
                    if (!$util.isString(message.reason))
                        return "reason: string expected";
                if (message.quality_feedback != null && $Object.hasOwnProperty.call(message, "quality_feedback")) {
                    if (!$Array.isArray(message.quality_feedback))
                        return "quality_feedback: array expected";
                    for (let i = 0; i < message.quality_feedback.length; ++i)
                        if (!$util.isString(message.quality_feedback[i]))
                            return "quality_feedback: string[] expected";
                }
                return null;
            };

            /**
             * Creates a FingerVerification message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof sinhtrac.v1.FingerVerification
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {sinhtrac.v1.FingerVerification} FingerVerification
             */
            FingerVerification.fromObject = function (object, _depth) {
                if (object instanceof $root.sinhtrac.v1.FingerVerification)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".sinhtrac.v1.FingerVerification: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.sinhtrac.v1.FingerVerification();
                if (object.position != null)
                    if ($Number(object.position) !== 0)
                        message.position = object.position >>> 0;
                if (object.score != null)
                    if (!$Object.is($Number(object.score), 0))
                        message.score = $Number(object.score);
                if (object.match != null)
                    if (object.match)
                        message.match = $Boolean(object.match);
                if (object.quality != null)
                    if ($Number(object.quality) !== 0)
                        message.quality = object.quality >>> 0;
                if (object.minutiae_count != null)
                    if ($Number(object.minutiae_count) !== 0)
                        message.minutiae_count = object.minutiae_count >>> 0;
                if (object.reason != null)
                    if (typeof object.reason !== "string" || object.reason.length)
                        message.reason = $String(object.reason);
                if (object.quality_feedback) {
                    if (!$Array.isArray(object.quality_feedback))
                        throw $TypeError(".sinhtrac.v1.FingerVerification.quality_feedback: array expected");
                    message.quality_feedback = $Array(object.quality_feedback.length);
                    for (let i = 0; i < object.quality_feedback.length; ++i)
                        message.quality_feedback[i] = $String(object.quality_feedback[i]);
                }
                return message;
            };

            /**
             * Creates a plain object from a FingerVerification message. Also converts values to other types if specified.
             * @function toObject
             * @memberof sinhtrac.v1.FingerVerification
             * @static
             * @param {sinhtrac.v1.FingerVerification} message FingerVerification
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            FingerVerification.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.arrays || options.defaults)
                    object.quality_feedback = [];
                if (options.defaults) {
                    object.position = 0;
                    object.score = 0;
                    object.match = false;
                    object.quality = 0;
                    object.minutiae_count = 0;
                    object.reason = "";
                }
                if (message.position != null && $Object.hasOwnProperty.call(message, "position"))
                    object.position = message.position;
                if (message.score != null && $Object.hasOwnProperty.call(message, "score"))
                    object.score = options.json && !$isFinite(message.score) ? $String(message.score) : message.score;
                if (message.match != null && $Object.hasOwnProperty.call(message, "match"))
                    object.match = message.match;
                if (message.quality != null && $Object.hasOwnProperty.call(message, "quality"))
                    object.quality = message.quality;
                if (message.minutiae_count != null && $Object.hasOwnProperty.call(message, "minutiae_count"))
                    object.minutiae_count = message.minutiae_count;
                if (message.reason != null && $Object.hasOwnProperty.call(message, "reason"))
                    object.reason = message.reason;
                if (message.quality_feedback && message.quality_feedback.length) {
                    object.quality_feedback = $Array(message.quality_feedback.length);
                    for (let j = 0; j < message.quality_feedback.length; ++j)
                        object.quality_feedback[j] = message.quality_feedback[j];
                }
                return object;
            };

            /**
             * Converts this FingerVerification to JSON.
             * @function toJSON
             * @memberof sinhtrac.v1.FingerVerification
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            FingerVerification.prototype.toJSON = function() {
                return FingerVerification.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for FingerVerification
             * @function getTypeUrl
             * @memberof sinhtrac.v1.FingerVerification
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            FingerVerification.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/sinhtrac.v1.FingerVerification";
            };

            return FingerVerification;
        })();

        v1.VerifyResponse = (function() {

            /**
             * Properties of a VerifyResponse.
             * @typedef {Object} sinhtrac.v1.VerifyResponse.$Properties
             * @property {sinhtrac.v1.Decision} [decision] VerifyResponse decision
             * @property {number} [score] VerifyResponse score
             * @property {number} [threshold] VerifyResponse threshold
             * @property {number} [target_fmr] VerifyResponse target_fmr
             * @property {sinhtrac.v1.FaceVerification.$Properties} [face] VerifyResponse face
             * @property {Array.<sinhtrac.v1.FingerVerification.$Properties>} [fingers] VerifyResponse fingers
             * @property {Array.<string>} [reasons] VerifyResponse reasons
             * @property {number} [fingers_score] VerifyResponse fingers_score
             * @property {number} [level] VerifyResponse level
             * @property {string} [request_id] VerifyResponse request_id
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a VerifyResponse.
             * @memberof sinhtrac.v1
             * @interface IVerifyResponse
             * @augments sinhtrac.v1.VerifyResponse.$Properties
             * @deprecated Use sinhtrac.v1.VerifyResponse.$Properties instead.
             */

            /**
             * Shape of a VerifyResponse.
             * @typedef {sinhtrac.v1.VerifyResponse.$Properties} sinhtrac.v1.VerifyResponse.$Shape
             */

            /**
             * Constructs a new VerifyResponse.
             * @memberof sinhtrac.v1
             * @classdesc Represents a VerifyResponse.
             * @constructor
             * @param {sinhtrac.v1.VerifyResponse.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const VerifyResponse = function (properties) {
                this.fingers = [];
                this.reasons = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * VerifyResponse decision.
             * @member {sinhtrac.v1.Decision} decision
             * @memberof sinhtrac.v1.VerifyResponse
             * @instance
             */
            VerifyResponse.prototype.decision = 0;

            /**
             * VerifyResponse score.
             * @member {number} score
             * @memberof sinhtrac.v1.VerifyResponse
             * @instance
             */
            VerifyResponse.prototype.score = 0;

            /**
             * VerifyResponse threshold.
             * @member {number} threshold
             * @memberof sinhtrac.v1.VerifyResponse
             * @instance
             */
            VerifyResponse.prototype.threshold = 0;

            /**
             * VerifyResponse target_fmr.
             * @member {number} target_fmr
             * @memberof sinhtrac.v1.VerifyResponse
             * @instance
             */
            VerifyResponse.prototype.target_fmr = 0;

            /**
             * VerifyResponse face.
             * @member {sinhtrac.v1.FaceVerification} face
             * @memberof sinhtrac.v1.VerifyResponse
             * @instance
             */
            VerifyResponse.prototype.face = null;

            /**
             * VerifyResponse fingers.
             * @member {Array.<sinhtrac.v1.FingerVerification>} fingers
             * @memberof sinhtrac.v1.VerifyResponse
             * @instance
             */
            VerifyResponse.prototype.fingers = $util.emptyArray;

            /**
             * VerifyResponse reasons.
             * @member {Array.<string>} reasons
             * @memberof sinhtrac.v1.VerifyResponse
             * @instance
             */
            VerifyResponse.prototype.reasons = $util.emptyArray;

            /**
             * VerifyResponse fingers_score.
             * @member {number} fingers_score
             * @memberof sinhtrac.v1.VerifyResponse
             * @instance
             */
            VerifyResponse.prototype.fingers_score = 0;

            /**
             * VerifyResponse level.
             * @member {number} level
             * @memberof sinhtrac.v1.VerifyResponse
             * @instance
             */
            VerifyResponse.prototype.level = 0;

            /**
             * VerifyResponse request_id.
             * @member {string} request_id
             * @memberof sinhtrac.v1.VerifyResponse
             * @instance
             */
            VerifyResponse.prototype.request_id = "";

            /**
             * Creates a new VerifyResponse instance using the specified properties.
             * @function create
             * @memberof sinhtrac.v1.VerifyResponse
             * @static
             * @param {sinhtrac.v1.VerifyResponse.$Properties=} [properties] Properties to set
             * @returns {sinhtrac.v1.VerifyResponse} VerifyResponse instance
             * @type {{
             *   (properties: sinhtrac.v1.VerifyResponse.$Shape): sinhtrac.v1.VerifyResponse & sinhtrac.v1.VerifyResponse.$Shape;
             *   (properties?: sinhtrac.v1.VerifyResponse.$Properties): sinhtrac.v1.VerifyResponse;
             * }}
             */
            VerifyResponse.create = function(properties) {
                return new VerifyResponse(properties);
            };

            /**
             * Encodes the specified VerifyResponse message. Does not implicitly {@link sinhtrac.v1.VerifyResponse.verify|verify} messages.
             * @function encode
             * @memberof sinhtrac.v1.VerifyResponse
             * @static
             * @param {sinhtrac.v1.VerifyResponse.$Properties} message VerifyResponse message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            VerifyResponse.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.decision != null && $Object.hasOwnProperty.call(message, "decision") && message.decision !== 0)
                    writer.uint32(/* id 1, wireType 0 =*/8).int32(message.decision);
                if (message.score != null && $Object.hasOwnProperty.call(message, "score") && !$Object.is(message.score, 0))
                    writer.uint32(/* id 2, wireType 1 =*/17).double(message.score);
                if (message.threshold != null && $Object.hasOwnProperty.call(message, "threshold") && !$Object.is(message.threshold, 0))
                    writer.uint32(/* id 3, wireType 1 =*/25).double(message.threshold);
                if (message.target_fmr != null && $Object.hasOwnProperty.call(message, "target_fmr") && !$Object.is(message.target_fmr, 0))
                    writer.uint32(/* id 4, wireType 1 =*/33).double(message.target_fmr);
                if (message.face != null && $Object.hasOwnProperty.call(message, "face"))
                    $root.sinhtrac.v1.FaceVerification.encode(message.face, writer.uint32(/* id 5, wireType 2 =*/42).fork(), _depth + 1).ldelim();
                if (message.fingers != null && message.fingers.length)
                    for (let i = 0; i < message.fingers.length; ++i)
                        $root.sinhtrac.v1.FingerVerification.encode(message.fingers[i], writer.uint32(/* id 6, wireType 2 =*/50).fork(), _depth + 1).ldelim();
                if (message.reasons != null && message.reasons.length)
                    for (let i = 0; i < message.reasons.length; ++i)
                        writer.uint32(/* id 7, wireType 2 =*/58).string(message.reasons[i]);
                if (message.fingers_score != null && $Object.hasOwnProperty.call(message, "fingers_score") && !$Object.is(message.fingers_score, 0))
                    writer.uint32(/* id 8, wireType 1 =*/65).double(message.fingers_score);
                if (message.level != null && $Object.hasOwnProperty.call(message, "level") && message.level !== 0)
                    writer.uint32(/* id 9, wireType 0 =*/72).uint32(message.level);
                if (message.request_id != null && $Object.hasOwnProperty.call(message, "request_id") && message.request_id !== "")
                    writer.uint32(/* id 10, wireType 2 =*/82).string(message.request_id);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a VerifyResponse message from the specified reader or buffer.
             * @function decode
             * @memberof sinhtrac.v1.VerifyResponse
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {sinhtrac.v1.VerifyResponse & sinhtrac.v1.VerifyResponse.$Shape} VerifyResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            VerifyResponse.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.sinhtrac.v1.VerifyResponse();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.int32())
                                message.decision = value;
                            else
                                delete message.decision;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 1)
                                break;
                            if (!$Object.is(value = reader.double(), 0))
                                message.score = value;
                            else
                                delete message.score;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 1)
                                break;
                            if (!$Object.is(value = reader.double(), 0))
                                message.threshold = value;
                            else
                                delete message.threshold;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 1)
                                break;
                            if (!$Object.is(value = reader.double(), 0))
                                message.target_fmr = value;
                            else
                                delete message.target_fmr;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 2)
                                break;
                            message.face = $root.sinhtrac.v1.FaceVerification.decode(reader, reader.size(), $undefined, _depth + 1, message.face);
                            continue;
                        }
                    case 6: {
                            if (wireType !== 2)
                                break;
                            if (!(message.fingers && message.fingers.length))
                                message.fingers = [];
                            message.fingers.push($root.sinhtrac.v1.FingerVerification.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    case 7: {
                            if (wireType !== 2)
                                break;
                            if (!(message.reasons && message.reasons.length))
                                message.reasons = [];
                            message.reasons.push(reader.stringVerify());
                            continue;
                        }
                    case 8: {
                            if (wireType !== 1)
                                break;
                            if (!$Object.is(value = reader.double(), 0))
                                message.fingers_score = value;
                            else
                                delete message.fingers_score;
                            continue;
                        }
                    case 9: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.level = value;
                            else
                                delete message.level;
                            continue;
                        }
                    case 10: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.request_id = value;
                            else
                                delete message.request_id;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Verifies a VerifyResponse message.
             * @function verify
             * @memberof sinhtrac.v1.VerifyResponse
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            VerifyResponse.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.decision != null && $Object.hasOwnProperty.call(message, "decision"))
                    if (typeof message.decision !== "number" || (message.decision | 0) !== message.decision)
                        return "decision: enum value expected";
                if (message.score != null && $Object.hasOwnProperty.call(message, "score"))
                    if (typeof message.score !== "number")
                        return "score: number expected";
                if (message.threshold != null && $Object.hasOwnProperty.call(message, "threshold"))
                    if (typeof message.threshold !== "number")
                        return "threshold: number expected";
                if (message.target_fmr != null && $Object.hasOwnProperty.call(message, "target_fmr"))
                    if (typeof message.target_fmr !== "number")
                        return "target_fmr: number expected";
                if (message.face != null && $Object.hasOwnProperty.call(message, "face")) {
                    let error = $root.sinhtrac.v1.FaceVerification.verify(message.face, _depth + 1);
                    if (error)
                        return "face." + error;
                }
                if (message.fingers != null && $Object.hasOwnProperty.call(message, "fingers")) {
                    if (!$Array.isArray(message.fingers))
                        return "fingers: array expected";
                    for (let i = 0; i < message.fingers.length; ++i) {
                        let error = $root.sinhtrac.v1.FingerVerification.verify(message.fingers[i], _depth + 1);
                        if (error)
                            return "fingers." + error;
                    }
                }
                if (message.reasons != null && $Object.hasOwnProperty.call(message, "reasons")) {
                    if (!$Array.isArray(message.reasons))
                        return "reasons: array expected";
                    for (let i = 0; i < message.reasons.length; ++i)
                        if (!$util.isString(message.reasons[i]))
                            return "reasons: string[] expected";
                }
                if (message.fingers_score != null && $Object.hasOwnProperty.call(message, "fingers_score"))
                    if (typeof message.fingers_score !== "number")
                        return "fingers_score: number expected";
                if (message.level != null && $Object.hasOwnProperty.call(message, "level"))
                    if (!$util.isInteger(message.level))
                        return "level: integer expected";
                if (message.request_id != null && $Object.hasOwnProperty.call(message, "request_id"))
                    if (!$util.isString(message.request_id))
                        return "request_id: string expected";
                return null;
            };

            /**
             * Creates a VerifyResponse message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof sinhtrac.v1.VerifyResponse
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {sinhtrac.v1.VerifyResponse} VerifyResponse
             */
            VerifyResponse.fromObject = function (object, _depth) {
                if (object instanceof $root.sinhtrac.v1.VerifyResponse)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".sinhtrac.v1.VerifyResponse: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.sinhtrac.v1.VerifyResponse();
                if (object.decision !== 0 && (typeof object.decision !== "string" || $root.sinhtrac.v1.Decision[object.decision] !== 0))
                    switch (object.decision) {
                    case "DECISION_UNSPECIFIED":
                    case 0:
                        message.decision = 0;
                        break;
                    case "MATCH":
                    case 1:
                        message.decision = 1;
                        break;
                    case "NO_MATCH":
                    case 2:
                        message.decision = 2;
                        break;
                    case "RECAPTURE":
                    case 3:
                        message.decision = 3;
                        break;
                    default:
                        if (typeof object.decision === "number" && (object.decision | 0) === object.decision)
                            message.decision = object.decision;
                    }
                if (object.score != null)
                    if (!$Object.is($Number(object.score), 0))
                        message.score = $Number(object.score);
                if (object.threshold != null)
                    if (!$Object.is($Number(object.threshold), 0))
                        message.threshold = $Number(object.threshold);
                if (object.target_fmr != null)
                    if (!$Object.is($Number(object.target_fmr), 0))
                        message.target_fmr = $Number(object.target_fmr);
                if (object.face != null) {
                    if (!$util.isObject(object.face))
                        throw $TypeError(".sinhtrac.v1.VerifyResponse.face: object expected");
                    message.face = $root.sinhtrac.v1.FaceVerification.fromObject(object.face, _depth + 1);
                }
                if (object.fingers) {
                    if (!$Array.isArray(object.fingers))
                        throw $TypeError(".sinhtrac.v1.VerifyResponse.fingers: array expected");
                    message.fingers = $Array(object.fingers.length);
                    for (let i = 0; i < object.fingers.length; ++i) {
                        if (!$util.isObject(object.fingers[i]))
                            throw $TypeError(".sinhtrac.v1.VerifyResponse.fingers: object expected");
                        message.fingers[i] = $root.sinhtrac.v1.FingerVerification.fromObject(object.fingers[i], _depth + 1);
                    }
                }
                if (object.reasons) {
                    if (!$Array.isArray(object.reasons))
                        throw $TypeError(".sinhtrac.v1.VerifyResponse.reasons: array expected");
                    message.reasons = $Array(object.reasons.length);
                    for (let i = 0; i < object.reasons.length; ++i)
                        message.reasons[i] = $String(object.reasons[i]);
                }
                if (object.fingers_score != null)
                    if (!$Object.is($Number(object.fingers_score), 0))
                        message.fingers_score = $Number(object.fingers_score);
                if (object.level != null)
                    if ($Number(object.level) !== 0)
                        message.level = object.level >>> 0;
                if (object.request_id != null)
                    if (typeof object.request_id !== "string" || object.request_id.length)
                        message.request_id = $String(object.request_id);
                return message;
            };

            /**
             * Creates a plain object from a VerifyResponse message. Also converts values to other types if specified.
             * @function toObject
             * @memberof sinhtrac.v1.VerifyResponse
             * @static
             * @param {sinhtrac.v1.VerifyResponse} message VerifyResponse
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            VerifyResponse.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.arrays || options.defaults) {
                    object.fingers = [];
                    object.reasons = [];
                }
                if (options.defaults) {
                    object.decision = options.enums === $String ? "DECISION_UNSPECIFIED" : 0;
                    object.score = 0;
                    object.threshold = 0;
                    object.target_fmr = 0;
                    object.face = null;
                    object.fingers_score = 0;
                    object.level = 0;
                    object.request_id = "";
                }
                if (message.decision != null && $Object.hasOwnProperty.call(message, "decision"))
                    object.decision = options.enums === $String ? $root.sinhtrac.v1.Decision[message.decision] === $undefined ? message.decision : $root.sinhtrac.v1.Decision[message.decision] : message.decision;
                if (message.score != null && $Object.hasOwnProperty.call(message, "score"))
                    object.score = options.json && !$isFinite(message.score) ? $String(message.score) : message.score;
                if (message.threshold != null && $Object.hasOwnProperty.call(message, "threshold"))
                    object.threshold = options.json && !$isFinite(message.threshold) ? $String(message.threshold) : message.threshold;
                if (message.target_fmr != null && $Object.hasOwnProperty.call(message, "target_fmr"))
                    object.target_fmr = options.json && !$isFinite(message.target_fmr) ? $String(message.target_fmr) : message.target_fmr;
                if (message.face != null && $Object.hasOwnProperty.call(message, "face"))
                    object.face = $root.sinhtrac.v1.FaceVerification.toObject(message.face, options, _depth + 1);
                if (message.fingers && message.fingers.length) {
                    object.fingers = $Array(message.fingers.length);
                    for (let j = 0; j < message.fingers.length; ++j)
                        object.fingers[j] = $root.sinhtrac.v1.FingerVerification.toObject(message.fingers[j], options, _depth + 1);
                }
                if (message.reasons && message.reasons.length) {
                    object.reasons = $Array(message.reasons.length);
                    for (let j = 0; j < message.reasons.length; ++j)
                        object.reasons[j] = message.reasons[j];
                }
                if (message.fingers_score != null && $Object.hasOwnProperty.call(message, "fingers_score"))
                    object.fingers_score = options.json && !$isFinite(message.fingers_score) ? $String(message.fingers_score) : message.fingers_score;
                if (message.level != null && $Object.hasOwnProperty.call(message, "level"))
                    object.level = message.level;
                if (message.request_id != null && $Object.hasOwnProperty.call(message, "request_id"))
                    object.request_id = message.request_id;
                return object;
            };

            /**
             * Converts this VerifyResponse to JSON.
             * @function toJSON
             * @memberof sinhtrac.v1.VerifyResponse
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            VerifyResponse.prototype.toJSON = function() {
                return VerifyResponse.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for VerifyResponse
             * @function getTypeUrl
             * @memberof sinhtrac.v1.VerifyResponse
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            VerifyResponse.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/sinhtrac.v1.VerifyResponse";
            };

            return VerifyResponse;
        })();

        v1.VerifyBatchItem = (function() {

            /**
             * Properties of a VerifyBatchItem.
             * @typedef {Object} sinhtrac.v1.VerifyBatchItem.$Properties
             * @property {string} [id] VerifyBatchItem id
             * @property {string} [cccd] VerifyBatchItem cccd
             * @property {sinhtrac.v1.FaceSample.$Properties} [face] VerifyBatchItem face
             * @property {Array.<sinhtrac.v1.FingerSample.$Properties>} [fingers] VerifyBatchItem fingers
             * @property {number} [target_fmr] VerifyBatchItem target_fmr
             * @property {number} [level] VerifyBatchItem level
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a VerifyBatchItem.
             * @memberof sinhtrac.v1
             * @interface IVerifyBatchItem
             * @augments sinhtrac.v1.VerifyBatchItem.$Properties
             * @deprecated Use sinhtrac.v1.VerifyBatchItem.$Properties instead.
             */

            /**
             * Shape of a VerifyBatchItem.
             * @typedef {{
             *   id?: string;
             *   cccd?: string;
             *   face?: sinhtrac.v1.FaceSample.$Shape;
             *   fingers?: Array.<sinhtrac.v1.FingerSample.$Shape>;
             *   target_fmr?: number;
             *   level?: number;
             *   $unknowns?: Array.<Uint8Array>;
             * }} sinhtrac.v1.VerifyBatchItem.$Shape
             */

            /**
             * Constructs a new VerifyBatchItem.
             * @memberof sinhtrac.v1
             * @classdesc Represents a VerifyBatchItem.
             * @constructor
             * @param {sinhtrac.v1.VerifyBatchItem.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const VerifyBatchItem = function (properties) {
                this.fingers = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * VerifyBatchItem id.
             * @member {string} id
             * @memberof sinhtrac.v1.VerifyBatchItem
             * @instance
             */
            VerifyBatchItem.prototype.id = "";

            /**
             * VerifyBatchItem cccd.
             * @member {string} cccd
             * @memberof sinhtrac.v1.VerifyBatchItem
             * @instance
             */
            VerifyBatchItem.prototype.cccd = "";

            /**
             * VerifyBatchItem face.
             * @member {sinhtrac.v1.FaceSample} face
             * @memberof sinhtrac.v1.VerifyBatchItem
             * @instance
             */
            VerifyBatchItem.prototype.face = null;

            /**
             * VerifyBatchItem fingers.
             * @member {Array.<sinhtrac.v1.FingerSample>} fingers
             * @memberof sinhtrac.v1.VerifyBatchItem
             * @instance
             */
            VerifyBatchItem.prototype.fingers = $util.emptyArray;

            /**
             * VerifyBatchItem target_fmr.
             * @member {number} target_fmr
             * @memberof sinhtrac.v1.VerifyBatchItem
             * @instance
             */
            VerifyBatchItem.prototype.target_fmr = 0;

            /**
             * VerifyBatchItem level.
             * @member {number} level
             * @memberof sinhtrac.v1.VerifyBatchItem
             * @instance
             */
            VerifyBatchItem.prototype.level = 0;

            /**
             * Creates a new VerifyBatchItem instance using the specified properties.
             * @function create
             * @memberof sinhtrac.v1.VerifyBatchItem
             * @static
             * @param {sinhtrac.v1.VerifyBatchItem.$Properties=} [properties] Properties to set
             * @returns {sinhtrac.v1.VerifyBatchItem} VerifyBatchItem instance
             * @type {{
             *   (properties: sinhtrac.v1.VerifyBatchItem.$Shape): sinhtrac.v1.VerifyBatchItem & sinhtrac.v1.VerifyBatchItem.$Shape;
             *   (properties?: sinhtrac.v1.VerifyBatchItem.$Properties): sinhtrac.v1.VerifyBatchItem;
             * }}
             */
            VerifyBatchItem.create = function(properties) {
                return new VerifyBatchItem(properties);
            };

            /**
             * Encodes the specified VerifyBatchItem message. Does not implicitly {@link sinhtrac.v1.VerifyBatchItem.verify|verify} messages.
             * @function encode
             * @memberof sinhtrac.v1.VerifyBatchItem
             * @static
             * @param {sinhtrac.v1.VerifyBatchItem.$Properties} message VerifyBatchItem message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            VerifyBatchItem.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.id != null && $Object.hasOwnProperty.call(message, "id") && message.id !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.id);
                if (message.cccd != null && $Object.hasOwnProperty.call(message, "cccd") && message.cccd !== "")
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.cccd);
                if (message.face != null && $Object.hasOwnProperty.call(message, "face"))
                    $root.sinhtrac.v1.FaceSample.encode(message.face, writer.uint32(/* id 3, wireType 2 =*/26).fork(), _depth + 1).ldelim();
                if (message.fingers != null && message.fingers.length)
                    for (let i = 0; i < message.fingers.length; ++i)
                        $root.sinhtrac.v1.FingerSample.encode(message.fingers[i], writer.uint32(/* id 4, wireType 2 =*/34).fork(), _depth + 1).ldelim();
                if (message.target_fmr != null && $Object.hasOwnProperty.call(message, "target_fmr") && !$Object.is(message.target_fmr, 0))
                    writer.uint32(/* id 5, wireType 1 =*/41).double(message.target_fmr);
                if (message.level != null && $Object.hasOwnProperty.call(message, "level") && message.level !== 0)
                    writer.uint32(/* id 6, wireType 0 =*/48).uint32(message.level);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a VerifyBatchItem message from the specified reader or buffer.
             * @function decode
             * @memberof sinhtrac.v1.VerifyBatchItem
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {sinhtrac.v1.VerifyBatchItem & sinhtrac.v1.VerifyBatchItem.$Shape} VerifyBatchItem
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            VerifyBatchItem.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.sinhtrac.v1.VerifyBatchItem();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.id = value;
                            else
                                delete message.id;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.cccd = value;
                            else
                                delete message.cccd;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            message.face = $root.sinhtrac.v1.FaceSample.decode(reader, reader.size(), $undefined, _depth + 1, message.face);
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            if (!(message.fingers && message.fingers.length))
                                message.fingers = [];
                            message.fingers.push($root.sinhtrac.v1.FingerSample.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    case 5: {
                            if (wireType !== 1)
                                break;
                            if (!$Object.is(value = reader.double(), 0))
                                message.target_fmr = value;
                            else
                                delete message.target_fmr;
                            continue;
                        }
                    case 6: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.level = value;
                            else
                                delete message.level;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Verifies a VerifyBatchItem message.
             * @function verify
             * @memberof sinhtrac.v1.VerifyBatchItem
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            VerifyBatchItem.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.id != null && $Object.hasOwnProperty.call(message, "id"))
                    if (!$util.isString(message.id))
                        return "id: string expected";
                if (message.cccd != null && $Object.hasOwnProperty.call(message, "cccd"))
                    if (!$util.isString(message.cccd))
                        return "cccd: string expected";
                if (message.face != null && $Object.hasOwnProperty.call(message, "face")) {
                    let error = $root.sinhtrac.v1.FaceSample.verify(message.face, _depth + 1);
                    if (error)
                        return "face." + error;
                }
                if (message.fingers != null && $Object.hasOwnProperty.call(message, "fingers")) {
                    if (!$Array.isArray(message.fingers))
                        return "fingers: array expected";
                    for (let i = 0; i < message.fingers.length; ++i) {
                        let error = $root.sinhtrac.v1.FingerSample.verify(message.fingers[i], _depth + 1);
                        if (error)
                            return "fingers." + error;
                    }
                }
                if (message.target_fmr != null && $Object.hasOwnProperty.call(message, "target_fmr"))
                    if (typeof message.target_fmr !== "number")
                        return "target_fmr: number expected";
                if (message.level != null && $Object.hasOwnProperty.call(message, "level"))
                    if (!$util.isInteger(message.level))
                        return "level: integer expected";
                return null;
            };

            /**
             * Creates a VerifyBatchItem message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof sinhtrac.v1.VerifyBatchItem
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {sinhtrac.v1.VerifyBatchItem} VerifyBatchItem
             */
            VerifyBatchItem.fromObject = function (object, _depth) {
                if (object instanceof $root.sinhtrac.v1.VerifyBatchItem)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".sinhtrac.v1.VerifyBatchItem: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.sinhtrac.v1.VerifyBatchItem();
                if (object.id != null)
                    if (typeof object.id !== "string" || object.id.length)
                        message.id = $String(object.id);
                if (object.cccd != null)
                    if (typeof object.cccd !== "string" || object.cccd.length)
                        message.cccd = $String(object.cccd);
                if (object.face != null) {
                    if (!$util.isObject(object.face))
                        throw $TypeError(".sinhtrac.v1.VerifyBatchItem.face: object expected");
                    message.face = $root.sinhtrac.v1.FaceSample.fromObject(object.face, _depth + 1);
                }
                if (object.fingers) {
                    if (!$Array.isArray(object.fingers))
                        throw $TypeError(".sinhtrac.v1.VerifyBatchItem.fingers: array expected");
                    message.fingers = $Array(object.fingers.length);
                    for (let i = 0; i < object.fingers.length; ++i) {
                        if (!$util.isObject(object.fingers[i]))
                            throw $TypeError(".sinhtrac.v1.VerifyBatchItem.fingers: object expected");
                        message.fingers[i] = $root.sinhtrac.v1.FingerSample.fromObject(object.fingers[i], _depth + 1);
                    }
                }
                if (object.target_fmr != null)
                    if (!$Object.is($Number(object.target_fmr), 0))
                        message.target_fmr = $Number(object.target_fmr);
                if (object.level != null)
                    if ($Number(object.level) !== 0)
                        message.level = object.level >>> 0;
                return message;
            };

            /**
             * Creates a plain object from a VerifyBatchItem message. Also converts values to other types if specified.
             * @function toObject
             * @memberof sinhtrac.v1.VerifyBatchItem
             * @static
             * @param {sinhtrac.v1.VerifyBatchItem} message VerifyBatchItem
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            VerifyBatchItem.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.arrays || options.defaults)
                    object.fingers = [];
                if (options.defaults) {
                    object.id = "";
                    object.cccd = "";
                    object.face = null;
                    object.target_fmr = 0;
                    object.level = 0;
                }
                if (message.id != null && $Object.hasOwnProperty.call(message, "id"))
                    object.id = message.id;
                if (message.cccd != null && $Object.hasOwnProperty.call(message, "cccd"))
                    object.cccd = message.cccd;
                if (message.face != null && $Object.hasOwnProperty.call(message, "face"))
                    object.face = $root.sinhtrac.v1.FaceSample.toObject(message.face, options, _depth + 1);
                if (message.fingers && message.fingers.length) {
                    object.fingers = $Array(message.fingers.length);
                    for (let j = 0; j < message.fingers.length; ++j)
                        object.fingers[j] = $root.sinhtrac.v1.FingerSample.toObject(message.fingers[j], options, _depth + 1);
                }
                if (message.target_fmr != null && $Object.hasOwnProperty.call(message, "target_fmr"))
                    object.target_fmr = options.json && !$isFinite(message.target_fmr) ? $String(message.target_fmr) : message.target_fmr;
                if (message.level != null && $Object.hasOwnProperty.call(message, "level"))
                    object.level = message.level;
                return object;
            };

            /**
             * Converts this VerifyBatchItem to JSON.
             * @function toJSON
             * @memberof sinhtrac.v1.VerifyBatchItem
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            VerifyBatchItem.prototype.toJSON = function() {
                return VerifyBatchItem.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for VerifyBatchItem
             * @function getTypeUrl
             * @memberof sinhtrac.v1.VerifyBatchItem
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            VerifyBatchItem.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/sinhtrac.v1.VerifyBatchItem";
            };

            return VerifyBatchItem;
        })();

        v1.BatchItemError = (function() {

            /**
             * Properties of a BatchItemError.
             * @typedef {Object} sinhtrac.v1.BatchItemError.$Properties
             * @property {string} [code] BatchItemError code
             * @property {string} [reason] BatchItemError reason
             * @property {string} [message] BatchItemError message
             * @property {string} [field] BatchItemError field
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a BatchItemError.
             * @memberof sinhtrac.v1
             * @interface IBatchItemError
             * @augments sinhtrac.v1.BatchItemError.$Properties
             * @deprecated Use sinhtrac.v1.BatchItemError.$Properties instead.
             */

            /**
             * Shape of a BatchItemError.
             * @typedef {sinhtrac.v1.BatchItemError.$Properties} sinhtrac.v1.BatchItemError.$Shape
             */

            /**
             * Constructs a new BatchItemError.
             * @memberof sinhtrac.v1
             * @classdesc Represents a BatchItemError.
             * @constructor
             * @param {sinhtrac.v1.BatchItemError.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const BatchItemError = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * BatchItemError code.
             * @member {string} code
             * @memberof sinhtrac.v1.BatchItemError
             * @instance
             */
            BatchItemError.prototype.code = "";

            /**
             * BatchItemError reason.
             * @member {string} reason
             * @memberof sinhtrac.v1.BatchItemError
             * @instance
             */
            BatchItemError.prototype.reason = "";

            /**
             * BatchItemError message.
             * @member {string} message
             * @memberof sinhtrac.v1.BatchItemError
             * @instance
             */
            BatchItemError.prototype.message = "";

            /**
             * BatchItemError field.
             * @member {string} field
             * @memberof sinhtrac.v1.BatchItemError
             * @instance
             */
            BatchItemError.prototype.field = "";

            /**
             * Creates a new BatchItemError instance using the specified properties.
             * @function create
             * @memberof sinhtrac.v1.BatchItemError
             * @static
             * @param {sinhtrac.v1.BatchItemError.$Properties=} [properties] Properties to set
             * @returns {sinhtrac.v1.BatchItemError} BatchItemError instance
             * @type {{
             *   (properties: sinhtrac.v1.BatchItemError.$Shape): sinhtrac.v1.BatchItemError & sinhtrac.v1.BatchItemError.$Shape;
             *   (properties?: sinhtrac.v1.BatchItemError.$Properties): sinhtrac.v1.BatchItemError;
             * }}
             */
            BatchItemError.create = function(properties) {
                return new BatchItemError(properties);
            };

            /**
             * Encodes the specified BatchItemError message. Does not implicitly {@link sinhtrac.v1.BatchItemError.verify|verify} messages.
             * @function encode
             * @memberof sinhtrac.v1.BatchItemError
             * @static
             * @param {sinhtrac.v1.BatchItemError.$Properties} message BatchItemError message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            BatchItemError.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.code != null && $Object.hasOwnProperty.call(message, "code") && message.code !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.code);
                if (message.reason != null && $Object.hasOwnProperty.call(message, "reason") && message.reason !== "")
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.reason);
                if (message.message != null && $Object.hasOwnProperty.call(message, "message") && message.message !== "")
                    writer.uint32(/* id 3, wireType 2 =*/26).string(message.message);
                if (message.field != null && $Object.hasOwnProperty.call(message, "field") && message.field !== "")
                    writer.uint32(/* id 4, wireType 2 =*/34).string(message.field);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a BatchItemError message from the specified reader or buffer.
             * @function decode
             * @memberof sinhtrac.v1.BatchItemError
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {sinhtrac.v1.BatchItemError & sinhtrac.v1.BatchItemError.$Shape} BatchItemError
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            BatchItemError.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.sinhtrac.v1.BatchItemError();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.code = value;
                            else
                                delete message.code;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.reason = value;
                            else
                                delete message.reason;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.message = value;
                            else
                                delete message.message;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.field = value;
                            else
                                delete message.field;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Verifies a BatchItemError message.
             * @function verify
             * @memberof sinhtrac.v1.BatchItemError
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            BatchItemError.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.code != null && $Object.hasOwnProperty.call(message, "code"))
                    if (!$util.isString(message.code))
                        return "code: string expected";
                if (message.reason != null && $Object.hasOwnProperty.call(message, "reason"))
                    if (!$util.isString(message.reason))
                        return "reason: string expected";
                if (message.message != null && $Object.hasOwnProperty.call(message, "message"))
                    if (!$util.isString(message.message))
                        return "message: string expected";
                if (message.field != null && $Object.hasOwnProperty.call(message, "field"))
                    if (!$util.isString(message.field))
                        return "field: string expected";
                return null;
            };

            /**
             * Creates a BatchItemError message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof sinhtrac.v1.BatchItemError
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {sinhtrac.v1.BatchItemError} BatchItemError
             */
            BatchItemError.fromObject = function (object, _depth) {
                if (object instanceof $root.sinhtrac.v1.BatchItemError)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".sinhtrac.v1.BatchItemError: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.sinhtrac.v1.BatchItemError();
                if (object.code != null)
                    if (typeof object.code !== "string" || object.code.length)
                        message.code = $String(object.code);
                if (object.reason != null)
                    if (typeof object.reason !== "string" || object.reason.length)
                        message.reason = $String(object.reason);
                if (object.message != null)
                    if (typeof object.message !== "string" || object.message.length)
                        message.message = $String(object.message);
                if (object.field != null)
                    if (typeof object.field !== "string" || object.field.length)
                        message.field = $String(object.field);
                return message;
            };

            /**
             * Creates a plain object from a BatchItemError message. Also converts values to other types if specified.
             * @function toObject
             * @memberof sinhtrac.v1.BatchItemError
             * @static
             * @param {sinhtrac.v1.BatchItemError} message BatchItemError
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            BatchItemError.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.code = "";
                    object.reason = "";
                    object.message = "";
                    object.field = "";
                }
                if (message.code != null && $Object.hasOwnProperty.call(message, "code"))
                    object.code = message.code;
                if (message.reason != null && $Object.hasOwnProperty.call(message, "reason"))
                    object.reason = message.reason;
                if (message.message != null && $Object.hasOwnProperty.call(message, "message"))
                    object.message = message.message;
                if (message.field != null && $Object.hasOwnProperty.call(message, "field"))
                    object.field = message.field;
                return object;
            };

            /**
             * Converts this BatchItemError to JSON.
             * @function toJSON
             * @memberof sinhtrac.v1.BatchItemError
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            BatchItemError.prototype.toJSON = function() {
                return BatchItemError.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for BatchItemError
             * @function getTypeUrl
             * @memberof sinhtrac.v1.BatchItemError
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            BatchItemError.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/sinhtrac.v1.BatchItemError";
            };

            return BatchItemError;
        })();

        v1.VerifyBatchResult = (function() {

            /**
             * Properties of a VerifyBatchResult.
             * @typedef {Object} sinhtrac.v1.VerifyBatchResult.$Properties
             * @property {string} [id] VerifyBatchResult id
             * @property {number} [index] VerifyBatchResult index
             * @property {sinhtrac.v1.VerifyResponse.$Properties} [result] VerifyBatchResult result
             * @property {sinhtrac.v1.BatchItemError.$Properties} [error] VerifyBatchResult error
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a VerifyBatchResult.
             * @memberof sinhtrac.v1
             * @interface IVerifyBatchResult
             * @augments sinhtrac.v1.VerifyBatchResult.$Properties
             * @deprecated Use sinhtrac.v1.VerifyBatchResult.$Properties instead.
             */

            /**
             * Shape of a VerifyBatchResult.
             * @typedef {sinhtrac.v1.VerifyBatchResult.$Properties} sinhtrac.v1.VerifyBatchResult.$Shape
             */

            /**
             * Constructs a new VerifyBatchResult.
             * @memberof sinhtrac.v1
             * @classdesc Represents a VerifyBatchResult.
             * @constructor
             * @param {sinhtrac.v1.VerifyBatchResult.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const VerifyBatchResult = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * VerifyBatchResult id.
             * @member {string} id
             * @memberof sinhtrac.v1.VerifyBatchResult
             * @instance
             */
            VerifyBatchResult.prototype.id = "";

            /**
             * VerifyBatchResult index.
             * @member {number} index
             * @memberof sinhtrac.v1.VerifyBatchResult
             * @instance
             */
            VerifyBatchResult.prototype.index = 0;

            /**
             * VerifyBatchResult result.
             * @member {sinhtrac.v1.VerifyResponse} result
             * @memberof sinhtrac.v1.VerifyBatchResult
             * @instance
             */
            VerifyBatchResult.prototype.result = null;

            /**
             * VerifyBatchResult error.
             * @member {sinhtrac.v1.BatchItemError} error
             * @memberof sinhtrac.v1.VerifyBatchResult
             * @instance
             */
            VerifyBatchResult.prototype.error = null;

            /**
             * Creates a new VerifyBatchResult instance using the specified properties.
             * @function create
             * @memberof sinhtrac.v1.VerifyBatchResult
             * @static
             * @param {sinhtrac.v1.VerifyBatchResult.$Properties=} [properties] Properties to set
             * @returns {sinhtrac.v1.VerifyBatchResult} VerifyBatchResult instance
             * @type {{
             *   (properties: sinhtrac.v1.VerifyBatchResult.$Shape): sinhtrac.v1.VerifyBatchResult & sinhtrac.v1.VerifyBatchResult.$Shape;
             *   (properties?: sinhtrac.v1.VerifyBatchResult.$Properties): sinhtrac.v1.VerifyBatchResult;
             * }}
             */
            VerifyBatchResult.create = function(properties) {
                return new VerifyBatchResult(properties);
            };

            /**
             * Encodes the specified VerifyBatchResult message. Does not implicitly {@link sinhtrac.v1.VerifyBatchResult.verify|verify} messages.
             * @function encode
             * @memberof sinhtrac.v1.VerifyBatchResult
             * @static
             * @param {sinhtrac.v1.VerifyBatchResult.$Properties} message VerifyBatchResult message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            VerifyBatchResult.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.id != null && $Object.hasOwnProperty.call(message, "id") && message.id !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.id);
                if (message.index != null && $Object.hasOwnProperty.call(message, "index") && message.index !== 0)
                    writer.uint32(/* id 2, wireType 0 =*/16).uint32(message.index);
                if (message.result != null && $Object.hasOwnProperty.call(message, "result"))
                    $root.sinhtrac.v1.VerifyResponse.encode(message.result, writer.uint32(/* id 3, wireType 2 =*/26).fork(), _depth + 1).ldelim();
                if (message.error != null && $Object.hasOwnProperty.call(message, "error"))
                    $root.sinhtrac.v1.BatchItemError.encode(message.error, writer.uint32(/* id 4, wireType 2 =*/34).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a VerifyBatchResult message from the specified reader or buffer.
             * @function decode
             * @memberof sinhtrac.v1.VerifyBatchResult
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {sinhtrac.v1.VerifyBatchResult & sinhtrac.v1.VerifyBatchResult.$Shape} VerifyBatchResult
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            VerifyBatchResult.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.sinhtrac.v1.VerifyBatchResult();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.id = value;
                            else
                                delete message.id;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.index = value;
                            else
                                delete message.index;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            message.result = $root.sinhtrac.v1.VerifyResponse.decode(reader, reader.size(), $undefined, _depth + 1, message.result);
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            message.error = $root.sinhtrac.v1.BatchItemError.decode(reader, reader.size(), $undefined, _depth + 1, message.error);
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Verifies a VerifyBatchResult message.
             * @function verify
             * @memberof sinhtrac.v1.VerifyBatchResult
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            VerifyBatchResult.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.id != null && $Object.hasOwnProperty.call(message, "id"))
                    if (!$util.isString(message.id))
                        return "id: string expected";
                if (message.index != null && $Object.hasOwnProperty.call(message, "index"))
                    if (!$util.isInteger(message.index))
                        return "index: integer expected";
                if (message.result != null && $Object.hasOwnProperty.call(message, "result")) {
                    let error = $root.sinhtrac.v1.VerifyResponse.verify(message.result, _depth + 1);
                    if (error)
                        return "result." + error;
                }
                if (message.error != null && $Object.hasOwnProperty.call(message, "error")) {
                    let error = $root.sinhtrac.v1.BatchItemError.verify(message.error, _depth + 1);
                    if (error)
                        return "error." + error;
                }
                return null;
            };

            /**
             * Creates a VerifyBatchResult message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof sinhtrac.v1.VerifyBatchResult
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {sinhtrac.v1.VerifyBatchResult} VerifyBatchResult
             */
            VerifyBatchResult.fromObject = function (object, _depth) {
                if (object instanceof $root.sinhtrac.v1.VerifyBatchResult)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".sinhtrac.v1.VerifyBatchResult: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.sinhtrac.v1.VerifyBatchResult();
                if (object.id != null)
                    if (typeof object.id !== "string" || object.id.length)
                        message.id = $String(object.id);
                if (object.index != null)
                    if ($Number(object.index) !== 0)
                        message.index = object.index >>> 0;
                if (object.result != null) {
                    if (!$util.isObject(object.result))
                        throw $TypeError(".sinhtrac.v1.VerifyBatchResult.result: object expected");
                    message.result = $root.sinhtrac.v1.VerifyResponse.fromObject(object.result, _depth + 1);
                }
                if (object.error != null) {
                    if (!$util.isObject(object.error))
                        throw $TypeError(".sinhtrac.v1.VerifyBatchResult.error: object expected");
                    message.error = $root.sinhtrac.v1.BatchItemError.fromObject(object.error, _depth + 1);
                }
                return message;
            };

            /**
             * Creates a plain object from a VerifyBatchResult message. Also converts values to other types if specified.
             * @function toObject
             * @memberof sinhtrac.v1.VerifyBatchResult
             * @static
             * @param {sinhtrac.v1.VerifyBatchResult} message VerifyBatchResult
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            VerifyBatchResult.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.id = "";
                    object.index = 0;
                    object.result = null;
                    object.error = null;
                }
                if (message.id != null && $Object.hasOwnProperty.call(message, "id"))
                    object.id = message.id;
                if (message.index != null && $Object.hasOwnProperty.call(message, "index"))
                    object.index = message.index;
                if (message.result != null && $Object.hasOwnProperty.call(message, "result"))
                    object.result = $root.sinhtrac.v1.VerifyResponse.toObject(message.result, options, _depth + 1);
                if (message.error != null && $Object.hasOwnProperty.call(message, "error"))
                    object.error = $root.sinhtrac.v1.BatchItemError.toObject(message.error, options, _depth + 1);
                return object;
            };

            /**
             * Converts this VerifyBatchResult to JSON.
             * @function toJSON
             * @memberof sinhtrac.v1.VerifyBatchResult
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            VerifyBatchResult.prototype.toJSON = function() {
                return VerifyBatchResult.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for VerifyBatchResult
             * @function getTypeUrl
             * @memberof sinhtrac.v1.VerifyBatchResult
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            VerifyBatchResult.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/sinhtrac.v1.VerifyBatchResult";
            };

            return VerifyBatchResult;
        })();

        v1.ListAuditRequest = (function() {

            /**
             * Properties of a ListAuditRequest.
             * @typedef {Object} sinhtrac.v1.ListAuditRequest.$Properties
             * @property {string} [cccd] ListAuditRequest cccd
             * @property {number} [limit] ListAuditRequest limit
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a ListAuditRequest.
             * @memberof sinhtrac.v1
             * @interface IListAuditRequest
             * @augments sinhtrac.v1.ListAuditRequest.$Properties
             * @deprecated Use sinhtrac.v1.ListAuditRequest.$Properties instead.
             */

            /**
             * Shape of a ListAuditRequest.
             * @typedef {sinhtrac.v1.ListAuditRequest.$Properties} sinhtrac.v1.ListAuditRequest.$Shape
             */

            /**
             * Constructs a new ListAuditRequest.
             * @memberof sinhtrac.v1
             * @classdesc Represents a ListAuditRequest.
             * @constructor
             * @param {sinhtrac.v1.ListAuditRequest.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const ListAuditRequest = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * ListAuditRequest cccd.
             * @member {string} cccd
             * @memberof sinhtrac.v1.ListAuditRequest
             * @instance
             */
            ListAuditRequest.prototype.cccd = "";

            /**
             * ListAuditRequest limit.
             * @member {number} limit
             * @memberof sinhtrac.v1.ListAuditRequest
             * @instance
             */
            ListAuditRequest.prototype.limit = 0;

            /**
             * Creates a new ListAuditRequest instance using the specified properties.
             * @function create
             * @memberof sinhtrac.v1.ListAuditRequest
             * @static
             * @param {sinhtrac.v1.ListAuditRequest.$Properties=} [properties] Properties to set
             * @returns {sinhtrac.v1.ListAuditRequest} ListAuditRequest instance
             * @type {{
             *   (properties: sinhtrac.v1.ListAuditRequest.$Shape): sinhtrac.v1.ListAuditRequest & sinhtrac.v1.ListAuditRequest.$Shape;
             *   (properties?: sinhtrac.v1.ListAuditRequest.$Properties): sinhtrac.v1.ListAuditRequest;
             * }}
             */
            ListAuditRequest.create = function(properties) {
                return new ListAuditRequest(properties);
            };

            /**
             * Encodes the specified ListAuditRequest message. Does not implicitly {@link sinhtrac.v1.ListAuditRequest.verify|verify} messages.
             * @function encode
             * @memberof sinhtrac.v1.ListAuditRequest
             * @static
             * @param {sinhtrac.v1.ListAuditRequest.$Properties} message ListAuditRequest message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ListAuditRequest.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.cccd != null && $Object.hasOwnProperty.call(message, "cccd") && message.cccd !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.cccd);
                if (message.limit != null && $Object.hasOwnProperty.call(message, "limit") && message.limit !== 0)
                    writer.uint32(/* id 2, wireType 0 =*/16).uint32(message.limit);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a ListAuditRequest message from the specified reader or buffer.
             * @function decode
             * @memberof sinhtrac.v1.ListAuditRequest
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {sinhtrac.v1.ListAuditRequest & sinhtrac.v1.ListAuditRequest.$Shape} ListAuditRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ListAuditRequest.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.sinhtrac.v1.ListAuditRequest();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.cccd = value;
                            else
                                delete message.cccd;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.limit = value;
                            else
                                delete message.limit;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Verifies a ListAuditRequest message.
             * @function verify
             * @memberof sinhtrac.v1.ListAuditRequest
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            ListAuditRequest.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.cccd != null && $Object.hasOwnProperty.call(message, "cccd"))
                    if (!$util.isString(message.cccd))
                        return "cccd: string expected";
                if (message.limit != null && $Object.hasOwnProperty.call(message, "limit"))
                    if (!$util.isInteger(message.limit))
                        return "limit: integer expected";
                return null;
            };

            /**
             * Creates a ListAuditRequest message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof sinhtrac.v1.ListAuditRequest
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {sinhtrac.v1.ListAuditRequest} ListAuditRequest
             */
            ListAuditRequest.fromObject = function (object, _depth) {
                if (object instanceof $root.sinhtrac.v1.ListAuditRequest)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".sinhtrac.v1.ListAuditRequest: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.sinhtrac.v1.ListAuditRequest();
                if (object.cccd != null)
                    if (typeof object.cccd !== "string" || object.cccd.length)
                        message.cccd = $String(object.cccd);
                if (object.limit != null)
                    if ($Number(object.limit) !== 0)
                        message.limit = object.limit >>> 0;
                return message;
            };

            /**
             * Creates a plain object from a ListAuditRequest message. Also converts values to other types if specified.
             * @function toObject
             * @memberof sinhtrac.v1.ListAuditRequest
             * @static
             * @param {sinhtrac.v1.ListAuditRequest} message ListAuditRequest
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            ListAuditRequest.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.cccd = "";
                    object.limit = 0;
                }
                if (message.cccd != null && $Object.hasOwnProperty.call(message, "cccd"))
                    object.cccd = message.cccd;
                if (message.limit != null && $Object.hasOwnProperty.call(message, "limit"))
                    object.limit = message.limit;
                return object;
            };

            /**
             * Converts this ListAuditRequest to JSON.
             * @function toJSON
             * @memberof sinhtrac.v1.ListAuditRequest
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            ListAuditRequest.prototype.toJSON = function() {
                return ListAuditRequest.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for ListAuditRequest
             * @function getTypeUrl
             * @memberof sinhtrac.v1.ListAuditRequest
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            ListAuditRequest.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/sinhtrac.v1.ListAuditRequest";
            };

            return ListAuditRequest;
        })();

        v1.AuditFingerScore = (function() {

            /**
             * Properties of an AuditFingerScore.
             * @typedef {Object} sinhtrac.v1.AuditFingerScore.$Properties
             * @property {number} [position] AuditFingerScore position
             * @property {number} [score] AuditFingerScore score
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of an AuditFingerScore.
             * @memberof sinhtrac.v1
             * @interface IAuditFingerScore
             * @augments sinhtrac.v1.AuditFingerScore.$Properties
             * @deprecated Use sinhtrac.v1.AuditFingerScore.$Properties instead.
             */

            /**
             * Shape of an AuditFingerScore.
             * @typedef {sinhtrac.v1.AuditFingerScore.$Properties} sinhtrac.v1.AuditFingerScore.$Shape
             */

            /**
             * Constructs a new AuditFingerScore.
             * @memberof sinhtrac.v1
             * @classdesc Represents an AuditFingerScore.
             * @constructor
             * @param {sinhtrac.v1.AuditFingerScore.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const AuditFingerScore = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * AuditFingerScore position.
             * @member {number} position
             * @memberof sinhtrac.v1.AuditFingerScore
             * @instance
             */
            AuditFingerScore.prototype.position = 0;

            /**
             * AuditFingerScore score.
             * @member {number} score
             * @memberof sinhtrac.v1.AuditFingerScore
             * @instance
             */
            AuditFingerScore.prototype.score = 0;

            /**
             * Creates a new AuditFingerScore instance using the specified properties.
             * @function create
             * @memberof sinhtrac.v1.AuditFingerScore
             * @static
             * @param {sinhtrac.v1.AuditFingerScore.$Properties=} [properties] Properties to set
             * @returns {sinhtrac.v1.AuditFingerScore} AuditFingerScore instance
             * @type {{
             *   (properties: sinhtrac.v1.AuditFingerScore.$Shape): sinhtrac.v1.AuditFingerScore & sinhtrac.v1.AuditFingerScore.$Shape;
             *   (properties?: sinhtrac.v1.AuditFingerScore.$Properties): sinhtrac.v1.AuditFingerScore;
             * }}
             */
            AuditFingerScore.create = function(properties) {
                return new AuditFingerScore(properties);
            };

            /**
             * Encodes the specified AuditFingerScore message. Does not implicitly {@link sinhtrac.v1.AuditFingerScore.verify|verify} messages.
             * @function encode
             * @memberof sinhtrac.v1.AuditFingerScore
             * @static
             * @param {sinhtrac.v1.AuditFingerScore.$Properties} message AuditFingerScore message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            AuditFingerScore.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.position != null && $Object.hasOwnProperty.call(message, "position") && message.position !== 0)
                    writer.uint32(/* id 1, wireType 0 =*/8).uint32(message.position);
                if (message.score != null && $Object.hasOwnProperty.call(message, "score") && !$Object.is(message.score, 0))
                    writer.uint32(/* id 2, wireType 1 =*/17).double(message.score);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes an AuditFingerScore message from the specified reader or buffer.
             * @function decode
             * @memberof sinhtrac.v1.AuditFingerScore
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {sinhtrac.v1.AuditFingerScore & sinhtrac.v1.AuditFingerScore.$Shape} AuditFingerScore
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            AuditFingerScore.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.sinhtrac.v1.AuditFingerScore();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.position = value;
                            else
                                delete message.position;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 1)
                                break;
                            if (!$Object.is(value = reader.double(), 0))
                                message.score = value;
                            else
                                delete message.score;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Verifies an AuditFingerScore message.
             * @function verify
             * @memberof sinhtrac.v1.AuditFingerScore
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            AuditFingerScore.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.position != null && $Object.hasOwnProperty.call(message, "position"))
                    if (!$util.isInteger(message.position))
                        return "position: integer expected";
                if (message.score != null && $Object.hasOwnProperty.call(message, "score"))
                    if (typeof message.score !== "number")
                        return "score: number expected";
                return null;
            };

            /**
             * Creates an AuditFingerScore message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof sinhtrac.v1.AuditFingerScore
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {sinhtrac.v1.AuditFingerScore} AuditFingerScore
             */
            AuditFingerScore.fromObject = function (object, _depth) {
                if (object instanceof $root.sinhtrac.v1.AuditFingerScore)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".sinhtrac.v1.AuditFingerScore: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.sinhtrac.v1.AuditFingerScore();
                if (object.position != null)
                    if ($Number(object.position) !== 0)
                        message.position = object.position >>> 0;
                if (object.score != null)
                    if (!$Object.is($Number(object.score), 0))
                        message.score = $Number(object.score);
                return message;
            };

            /**
             * Creates a plain object from an AuditFingerScore message. Also converts values to other types if specified.
             * @function toObject
             * @memberof sinhtrac.v1.AuditFingerScore
             * @static
             * @param {sinhtrac.v1.AuditFingerScore} message AuditFingerScore
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            AuditFingerScore.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.position = 0;
                    object.score = 0;
                }
                if (message.position != null && $Object.hasOwnProperty.call(message, "position"))
                    object.position = message.position;
                if (message.score != null && $Object.hasOwnProperty.call(message, "score"))
                    object.score = options.json && !$isFinite(message.score) ? $String(message.score) : message.score;
                return object;
            };

            /**
             * Converts this AuditFingerScore to JSON.
             * @function toJSON
             * @memberof sinhtrac.v1.AuditFingerScore
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            AuditFingerScore.prototype.toJSON = function() {
                return AuditFingerScore.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for AuditFingerScore
             * @function getTypeUrl
             * @memberof sinhtrac.v1.AuditFingerScore
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            AuditFingerScore.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/sinhtrac.v1.AuditFingerScore";
            };

            return AuditFingerScore;
        })();

        v1.AuditEntry = (function() {

            /**
             * Properties of an AuditEntry.
             * @typedef {Object} sinhtrac.v1.AuditEntry.$Properties
             * @property {string} [at] AuditEntry at
             * @property {string} [caller] AuditEntry caller
             * @property {string} [request_id] AuditEntry request_id
             * @property {string} [cccd] AuditEntry cccd
             * @property {string} [operation] AuditEntry operation
             * @property {string} [decision] AuditEntry decision
             * @property {number} [score] AuditEntry score
             * @property {number} [threshold] AuditEntry threshold
             * @property {number} [target_fmr] AuditEntry target_fmr
             * @property {number} [face_score] AuditEntry face_score
             * @property {Array.<sinhtrac.v1.AuditFingerScore.$Properties>} [finger_scores] AuditEntry finger_scores
             * @property {Array.<string>} [reasons] AuditEntry reasons
             * @property {Array.<sinhtrac.v1.VersionTag.$Properties>} [versions] AuditEntry versions
             * @property {string} [id] AuditEntry id
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of an AuditEntry.
             * @memberof sinhtrac.v1
             * @interface IAuditEntry
             * @augments sinhtrac.v1.AuditEntry.$Properties
             * @deprecated Use sinhtrac.v1.AuditEntry.$Properties instead.
             */

            /**
             * Shape of an AuditEntry.
             * @typedef {sinhtrac.v1.AuditEntry.$Properties} sinhtrac.v1.AuditEntry.$Shape
             */

            /**
             * Constructs a new AuditEntry.
             * @memberof sinhtrac.v1
             * @classdesc Represents an AuditEntry.
             * @constructor
             * @param {sinhtrac.v1.AuditEntry.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const AuditEntry = function (properties) {
                this.finger_scores = [];
                this.reasons = [];
                this.versions = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * AuditEntry at.
             * @member {string} at
             * @memberof sinhtrac.v1.AuditEntry
             * @instance
             */
            AuditEntry.prototype.at = "";

            /**
             * AuditEntry caller.
             * @member {string} caller
             * @memberof sinhtrac.v1.AuditEntry
             * @instance
             */
            AuditEntry.prototype.caller = "";

            /**
             * AuditEntry request_id.
             * @member {string} request_id
             * @memberof sinhtrac.v1.AuditEntry
             * @instance
             */
            AuditEntry.prototype.request_id = "";

            /**
             * AuditEntry cccd.
             * @member {string} cccd
             * @memberof sinhtrac.v1.AuditEntry
             * @instance
             */
            AuditEntry.prototype.cccd = "";

            /**
             * AuditEntry operation.
             * @member {string} operation
             * @memberof sinhtrac.v1.AuditEntry
             * @instance
             */
            AuditEntry.prototype.operation = "";

            /**
             * AuditEntry decision.
             * @member {string} decision
             * @memberof sinhtrac.v1.AuditEntry
             * @instance
             */
            AuditEntry.prototype.decision = "";

            /**
             * AuditEntry score.
             * @member {number} score
             * @memberof sinhtrac.v1.AuditEntry
             * @instance
             */
            AuditEntry.prototype.score = 0;

            /**
             * AuditEntry threshold.
             * @member {number} threshold
             * @memberof sinhtrac.v1.AuditEntry
             * @instance
             */
            AuditEntry.prototype.threshold = 0;

            /**
             * AuditEntry target_fmr.
             * @member {number} target_fmr
             * @memberof sinhtrac.v1.AuditEntry
             * @instance
             */
            AuditEntry.prototype.target_fmr = 0;

            /**
             * AuditEntry face_score.
             * @member {number} face_score
             * @memberof sinhtrac.v1.AuditEntry
             * @instance
             */
            AuditEntry.prototype.face_score = 0;

            /**
             * AuditEntry finger_scores.
             * @member {Array.<sinhtrac.v1.AuditFingerScore>} finger_scores
             * @memberof sinhtrac.v1.AuditEntry
             * @instance
             */
            AuditEntry.prototype.finger_scores = $util.emptyArray;

            /**
             * AuditEntry reasons.
             * @member {Array.<string>} reasons
             * @memberof sinhtrac.v1.AuditEntry
             * @instance
             */
            AuditEntry.prototype.reasons = $util.emptyArray;

            /**
             * AuditEntry versions.
             * @member {Array.<sinhtrac.v1.VersionTag>} versions
             * @memberof sinhtrac.v1.AuditEntry
             * @instance
             */
            AuditEntry.prototype.versions = $util.emptyArray;

            /**
             * AuditEntry id.
             * @member {string} id
             * @memberof sinhtrac.v1.AuditEntry
             * @instance
             */
            AuditEntry.prototype.id = "";

            /**
             * Creates a new AuditEntry instance using the specified properties.
             * @function create
             * @memberof sinhtrac.v1.AuditEntry
             * @static
             * @param {sinhtrac.v1.AuditEntry.$Properties=} [properties] Properties to set
             * @returns {sinhtrac.v1.AuditEntry} AuditEntry instance
             * @type {{
             *   (properties: sinhtrac.v1.AuditEntry.$Shape): sinhtrac.v1.AuditEntry & sinhtrac.v1.AuditEntry.$Shape;
             *   (properties?: sinhtrac.v1.AuditEntry.$Properties): sinhtrac.v1.AuditEntry;
             * }}
             */
            AuditEntry.create = function(properties) {
                return new AuditEntry(properties);
            };

            /**
             * Encodes the specified AuditEntry message. Does not implicitly {@link sinhtrac.v1.AuditEntry.verify|verify} messages.
             * @function encode
             * @memberof sinhtrac.v1.AuditEntry
             * @static
             * @param {sinhtrac.v1.AuditEntry.$Properties} message AuditEntry message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            AuditEntry.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.at != null && $Object.hasOwnProperty.call(message, "at") && message.at !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.at);
                if (message.caller != null && $Object.hasOwnProperty.call(message, "caller") && message.caller !== "")
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.caller);
                if (message.request_id != null && $Object.hasOwnProperty.call(message, "request_id") && message.request_id !== "")
                    writer.uint32(/* id 3, wireType 2 =*/26).string(message.request_id);
                if (message.cccd != null && $Object.hasOwnProperty.call(message, "cccd") && message.cccd !== "")
                    writer.uint32(/* id 4, wireType 2 =*/34).string(message.cccd);
                if (message.operation != null && $Object.hasOwnProperty.call(message, "operation") && message.operation !== "")
                    writer.uint32(/* id 5, wireType 2 =*/42).string(message.operation);
                if (message.decision != null && $Object.hasOwnProperty.call(message, "decision") && message.decision !== "")
                    writer.uint32(/* id 6, wireType 2 =*/50).string(message.decision);
                if (message.score != null && $Object.hasOwnProperty.call(message, "score") && !$Object.is(message.score, 0))
                    writer.uint32(/* id 7, wireType 1 =*/57).double(message.score);
                if (message.threshold != null && $Object.hasOwnProperty.call(message, "threshold") && !$Object.is(message.threshold, 0))
                    writer.uint32(/* id 8, wireType 1 =*/65).double(message.threshold);
                if (message.target_fmr != null && $Object.hasOwnProperty.call(message, "target_fmr") && !$Object.is(message.target_fmr, 0))
                    writer.uint32(/* id 9, wireType 1 =*/73).double(message.target_fmr);
                if (message.face_score != null && $Object.hasOwnProperty.call(message, "face_score") && !$Object.is(message.face_score, 0))
                    writer.uint32(/* id 10, wireType 1 =*/81).double(message.face_score);
                if (message.finger_scores != null && message.finger_scores.length)
                    for (let i = 0; i < message.finger_scores.length; ++i)
                        $root.sinhtrac.v1.AuditFingerScore.encode(message.finger_scores[i], writer.uint32(/* id 11, wireType 2 =*/90).fork(), _depth + 1).ldelim();
                if (message.reasons != null && message.reasons.length)
                    for (let i = 0; i < message.reasons.length; ++i)
                        writer.uint32(/* id 12, wireType 2 =*/98).string(message.reasons[i]);
                if (message.versions != null && message.versions.length)
                    for (let i = 0; i < message.versions.length; ++i)
                        $root.sinhtrac.v1.VersionTag.encode(message.versions[i], writer.uint32(/* id 13, wireType 2 =*/106).fork(), _depth + 1).ldelim();
                if (message.id != null && $Object.hasOwnProperty.call(message, "id") && message.id !== "")
                    writer.uint32(/* id 14, wireType 2 =*/114).string(message.id);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes an AuditEntry message from the specified reader or buffer.
             * @function decode
             * @memberof sinhtrac.v1.AuditEntry
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {sinhtrac.v1.AuditEntry & sinhtrac.v1.AuditEntry.$Shape} AuditEntry
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            AuditEntry.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.sinhtrac.v1.AuditEntry();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.at = value;
                            else
                                delete message.at;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.caller = value;
                            else
                                delete message.caller;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.request_id = value;
                            else
                                delete message.request_id;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.cccd = value;
                            else
                                delete message.cccd;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.operation = value;
                            else
                                delete message.operation;
                            continue;
                        }
                    case 6: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.decision = value;
                            else
                                delete message.decision;
                            continue;
                        }
                    case 7: {
                            if (wireType !== 1)
                                break;
                            if (!$Object.is(value = reader.double(), 0))
                                message.score = value;
                            else
                                delete message.score;
                            continue;
                        }
                    case 8: {
                            if (wireType !== 1)
                                break;
                            if (!$Object.is(value = reader.double(), 0))
                                message.threshold = value;
                            else
                                delete message.threshold;
                            continue;
                        }
                    case 9: {
                            if (wireType !== 1)
                                break;
                            if (!$Object.is(value = reader.double(), 0))
                                message.target_fmr = value;
                            else
                                delete message.target_fmr;
                            continue;
                        }
                    case 10: {
                            if (wireType !== 1)
                                break;
                            if (!$Object.is(value = reader.double(), 0))
                                message.face_score = value;
                            else
                                delete message.face_score;
                            continue;
                        }
                    case 11: {
                            if (wireType !== 2)
                                break;
                            if (!(message.finger_scores && message.finger_scores.length))
                                message.finger_scores = [];
                            message.finger_scores.push($root.sinhtrac.v1.AuditFingerScore.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    case 12: {
                            if (wireType !== 2)
                                break;
                            if (!(message.reasons && message.reasons.length))
                                message.reasons = [];
                            message.reasons.push(reader.stringVerify());
                            continue;
                        }
                    case 13: {
                            if (wireType !== 2)
                                break;
                            if (!(message.versions && message.versions.length))
                                message.versions = [];
                            message.versions.push($root.sinhtrac.v1.VersionTag.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    case 14: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.id = value;
                            else
                                delete message.id;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Verifies an AuditEntry message.
             * @function verify
             * @memberof sinhtrac.v1.AuditEntry
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            AuditEntry.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.at != null && $Object.hasOwnProperty.call(message, "at"))
                    if (!$util.isString(message.at))
                        return "at: string expected";
                if (message.caller != null && $Object.hasOwnProperty.call(message, "caller"))
                    if (!$util.isString(message.caller))
                        return "caller: string expected";
                if (message.request_id != null && $Object.hasOwnProperty.call(message, "request_id"))
                    if (!$util.isString(message.request_id))
                        return "request_id: string expected";
                if (message.cccd != null && $Object.hasOwnProperty.call(message, "cccd"))
                    if (!$util.isString(message.cccd))
                        return "cccd: string expected";
                if (message.operation != null && $Object.hasOwnProperty.call(message, "operation"))
                    if (!$util.isString(message.operation))
                        return "operation: string expected";
                if (message.decision != null && $Object.hasOwnProperty.call(message, "decision"))
                    if (!$util.isString(message.decision))
                        return "decision: string expected";
                if (message.score != null && $Object.hasOwnProperty.call(message, "score"))
                    if (typeof message.score !== "number")
                        return "score: number expected";
                if (message.threshold != null && $Object.hasOwnProperty.call(message, "threshold"))
                    if (typeof message.threshold !== "number")
                        return "threshold: number expected";
                if (message.target_fmr != null && $Object.hasOwnProperty.call(message, "target_fmr"))
                    if (typeof message.target_fmr !== "number")
                        return "target_fmr: number expected";
                if (message.face_score != null && $Object.hasOwnProperty.call(message, "face_score"))
                    if (typeof message.face_score !== "number")
                        return "face_score: number expected";
                if (message.finger_scores != null && $Object.hasOwnProperty.call(message, "finger_scores")) {
                    if (!$Array.isArray(message.finger_scores))
                        return "finger_scores: array expected";
                    for (let i = 0; i < message.finger_scores.length; ++i) {
                        let error = $root.sinhtrac.v1.AuditFingerScore.verify(message.finger_scores[i], _depth + 1);
                        if (error)
                            return "finger_scores." + error;
                    }
                }
                if (message.reasons != null && $Object.hasOwnProperty.call(message, "reasons")) {
                    if (!$Array.isArray(message.reasons))
                        return "reasons: array expected";
                    for (let i = 0; i < message.reasons.length; ++i)
                        if (!$util.isString(message.reasons[i]))
                            return "reasons: string[] expected";
                }
                if (message.versions != null && $Object.hasOwnProperty.call(message, "versions")) {
                    if (!$Array.isArray(message.versions))
                        return "versions: array expected";
                    for (let i = 0; i < message.versions.length; ++i) {
                        let error = $root.sinhtrac.v1.VersionTag.verify(message.versions[i], _depth + 1);
                        if (error)
                            return "versions." + error;
                    }
                }
                if (message.id != null && $Object.hasOwnProperty.call(message, "id"))
                    if (!$util.isString(message.id))
                        return "id: string expected";
                return null;
            };

            /**
             * Creates an AuditEntry message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof sinhtrac.v1.AuditEntry
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {sinhtrac.v1.AuditEntry} AuditEntry
             */
            AuditEntry.fromObject = function (object, _depth) {
                if (object instanceof $root.sinhtrac.v1.AuditEntry)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".sinhtrac.v1.AuditEntry: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.sinhtrac.v1.AuditEntry();
                if (object.at != null)
                    if (typeof object.at !== "string" || object.at.length)
                        message.at = $String(object.at);
                if (object.caller != null)
                    if (typeof object.caller !== "string" || object.caller.length)
                        message.caller = $String(object.caller);
                if (object.request_id != null)
                    if (typeof object.request_id !== "string" || object.request_id.length)
                        message.request_id = $String(object.request_id);
                if (object.cccd != null)
                    if (typeof object.cccd !== "string" || object.cccd.length)
                        message.cccd = $String(object.cccd);
                if (object.operation != null)
                    if (typeof object.operation !== "string" || object.operation.length)
                        message.operation = $String(object.operation);
                if (object.decision != null)
                    if (typeof object.decision !== "string" || object.decision.length)
                        message.decision = $String(object.decision);
                if (object.score != null)
                    if (!$Object.is($Number(object.score), 0))
                        message.score = $Number(object.score);
                if (object.threshold != null)
                    if (!$Object.is($Number(object.threshold), 0))
                        message.threshold = $Number(object.threshold);
                if (object.target_fmr != null)
                    if (!$Object.is($Number(object.target_fmr), 0))
                        message.target_fmr = $Number(object.target_fmr);
                if (object.face_score != null)
                    if (!$Object.is($Number(object.face_score), 0))
                        message.face_score = $Number(object.face_score);
                if (object.finger_scores) {
                    if (!$Array.isArray(object.finger_scores))
                        throw $TypeError(".sinhtrac.v1.AuditEntry.finger_scores: array expected");
                    message.finger_scores = $Array(object.finger_scores.length);
                    for (let i = 0; i < object.finger_scores.length; ++i) {
                        if (!$util.isObject(object.finger_scores[i]))
                            throw $TypeError(".sinhtrac.v1.AuditEntry.finger_scores: object expected");
                        message.finger_scores[i] = $root.sinhtrac.v1.AuditFingerScore.fromObject(object.finger_scores[i], _depth + 1);
                    }
                }
                if (object.reasons) {
                    if (!$Array.isArray(object.reasons))
                        throw $TypeError(".sinhtrac.v1.AuditEntry.reasons: array expected");
                    message.reasons = $Array(object.reasons.length);
                    for (let i = 0; i < object.reasons.length; ++i)
                        message.reasons[i] = $String(object.reasons[i]);
                }
                if (object.versions) {
                    if (!$Array.isArray(object.versions))
                        throw $TypeError(".sinhtrac.v1.AuditEntry.versions: array expected");
                    message.versions = $Array(object.versions.length);
                    for (let i = 0; i < object.versions.length; ++i) {
                        if (!$util.isObject(object.versions[i]))
                            throw $TypeError(".sinhtrac.v1.AuditEntry.versions: object expected");
                        message.versions[i] = $root.sinhtrac.v1.VersionTag.fromObject(object.versions[i], _depth + 1);
                    }
                }
                if (object.id != null)
                    if (typeof object.id !== "string" || object.id.length)
                        message.id = $String(object.id);
                return message;
            };

            /**
             * Creates a plain object from an AuditEntry message. Also converts values to other types if specified.
             * @function toObject
             * @memberof sinhtrac.v1.AuditEntry
             * @static
             * @param {sinhtrac.v1.AuditEntry} message AuditEntry
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            AuditEntry.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.arrays || options.defaults) {
                    object.finger_scores = [];
                    object.reasons = [];
                    object.versions = [];
                }
                if (options.defaults) {
                    object.at = "";
                    object.caller = "";
                    object.request_id = "";
                    object.cccd = "";
                    object.operation = "";
                    object.decision = "";
                    object.score = 0;
                    object.threshold = 0;
                    object.target_fmr = 0;
                    object.face_score = 0;
                    object.id = "";
                }
                if (message.at != null && $Object.hasOwnProperty.call(message, "at"))
                    object.at = message.at;
                if (message.caller != null && $Object.hasOwnProperty.call(message, "caller"))
                    object.caller = message.caller;
                if (message.request_id != null && $Object.hasOwnProperty.call(message, "request_id"))
                    object.request_id = message.request_id;
                if (message.cccd != null && $Object.hasOwnProperty.call(message, "cccd"))
                    object.cccd = message.cccd;
                if (message.operation != null && $Object.hasOwnProperty.call(message, "operation"))
                    object.operation = message.operation;
                if (message.decision != null && $Object.hasOwnProperty.call(message, "decision"))
                    object.decision = message.decision;
                if (message.score != null && $Object.hasOwnProperty.call(message, "score"))
                    object.score = options.json && !$isFinite(message.score) ? $String(message.score) : message.score;
                if (message.threshold != null && $Object.hasOwnProperty.call(message, "threshold"))
                    object.threshold = options.json && !$isFinite(message.threshold) ? $String(message.threshold) : message.threshold;
                if (message.target_fmr != null && $Object.hasOwnProperty.call(message, "target_fmr"))
                    object.target_fmr = options.json && !$isFinite(message.target_fmr) ? $String(message.target_fmr) : message.target_fmr;
                if (message.face_score != null && $Object.hasOwnProperty.call(message, "face_score"))
                    object.face_score = options.json && !$isFinite(message.face_score) ? $String(message.face_score) : message.face_score;
                if (message.finger_scores && message.finger_scores.length) {
                    object.finger_scores = $Array(message.finger_scores.length);
                    for (let j = 0; j < message.finger_scores.length; ++j)
                        object.finger_scores[j] = $root.sinhtrac.v1.AuditFingerScore.toObject(message.finger_scores[j], options, _depth + 1);
                }
                if (message.reasons && message.reasons.length) {
                    object.reasons = $Array(message.reasons.length);
                    for (let j = 0; j < message.reasons.length; ++j)
                        object.reasons[j] = message.reasons[j];
                }
                if (message.versions && message.versions.length) {
                    object.versions = $Array(message.versions.length);
                    for (let j = 0; j < message.versions.length; ++j)
                        object.versions[j] = $root.sinhtrac.v1.VersionTag.toObject(message.versions[j], options, _depth + 1);
                }
                if (message.id != null && $Object.hasOwnProperty.call(message, "id"))
                    object.id = message.id;
                return object;
            };

            /**
             * Converts this AuditEntry to JSON.
             * @function toJSON
             * @memberof sinhtrac.v1.AuditEntry
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            AuditEntry.prototype.toJSON = function() {
                return AuditEntry.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for AuditEntry
             * @function getTypeUrl
             * @memberof sinhtrac.v1.AuditEntry
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            AuditEntry.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/sinhtrac.v1.AuditEntry";
            };

            return AuditEntry;
        })();

        v1.VersionTag = (function() {

            /**
             * Properties of a VersionTag.
             * @typedef {Object} sinhtrac.v1.VersionTag.$Properties
             * @property {string} [name] VersionTag name
             * @property {string} [version] VersionTag version
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a VersionTag.
             * @memberof sinhtrac.v1
             * @interface IVersionTag
             * @augments sinhtrac.v1.VersionTag.$Properties
             * @deprecated Use sinhtrac.v1.VersionTag.$Properties instead.
             */

            /**
             * Shape of a VersionTag.
             * @typedef {sinhtrac.v1.VersionTag.$Properties} sinhtrac.v1.VersionTag.$Shape
             */

            /**
             * Constructs a new VersionTag.
             * @memberof sinhtrac.v1
             * @classdesc Represents a VersionTag.
             * @constructor
             * @param {sinhtrac.v1.VersionTag.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const VersionTag = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * VersionTag name.
             * @member {string} name
             * @memberof sinhtrac.v1.VersionTag
             * @instance
             */
            VersionTag.prototype.name = "";

            /**
             * VersionTag version.
             * @member {string} version
             * @memberof sinhtrac.v1.VersionTag
             * @instance
             */
            VersionTag.prototype.version = "";

            /**
             * Creates a new VersionTag instance using the specified properties.
             * @function create
             * @memberof sinhtrac.v1.VersionTag
             * @static
             * @param {sinhtrac.v1.VersionTag.$Properties=} [properties] Properties to set
             * @returns {sinhtrac.v1.VersionTag} VersionTag instance
             * @type {{
             *   (properties: sinhtrac.v1.VersionTag.$Shape): sinhtrac.v1.VersionTag & sinhtrac.v1.VersionTag.$Shape;
             *   (properties?: sinhtrac.v1.VersionTag.$Properties): sinhtrac.v1.VersionTag;
             * }}
             */
            VersionTag.create = function(properties) {
                return new VersionTag(properties);
            };

            /**
             * Encodes the specified VersionTag message. Does not implicitly {@link sinhtrac.v1.VersionTag.verify|verify} messages.
             * @function encode
             * @memberof sinhtrac.v1.VersionTag
             * @static
             * @param {sinhtrac.v1.VersionTag.$Properties} message VersionTag message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            VersionTag.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.name != null && $Object.hasOwnProperty.call(message, "name") && message.name !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.name);
                if (message.version != null && $Object.hasOwnProperty.call(message, "version") && message.version !== "")
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.version);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a VersionTag message from the specified reader or buffer.
             * @function decode
             * @memberof sinhtrac.v1.VersionTag
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {sinhtrac.v1.VersionTag & sinhtrac.v1.VersionTag.$Shape} VersionTag
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            VersionTag.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.sinhtrac.v1.VersionTag();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.name = value;
                            else
                                delete message.name;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.version = value;
                            else
                                delete message.version;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Verifies a VersionTag message.
             * @function verify
             * @memberof sinhtrac.v1.VersionTag
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            VersionTag.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.name != null && $Object.hasOwnProperty.call(message, "name"))
                    if (!$util.isString(message.name))
                        return "name: string expected";
                if (message.version != null && $Object.hasOwnProperty.call(message, "version"))
                    if (!$util.isString(message.version))
                        return "version: string expected";
                return null;
            };

            /**
             * Creates a VersionTag message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof sinhtrac.v1.VersionTag
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {sinhtrac.v1.VersionTag} VersionTag
             */
            VersionTag.fromObject = function (object, _depth) {
                if (object instanceof $root.sinhtrac.v1.VersionTag)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".sinhtrac.v1.VersionTag: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.sinhtrac.v1.VersionTag();
                if (object.name != null)
                    if (typeof object.name !== "string" || object.name.length)
                        message.name = $String(object.name);
                if (object.version != null)
                    if (typeof object.version !== "string" || object.version.length)
                        message.version = $String(object.version);
                return message;
            };

            /**
             * Creates a plain object from a VersionTag message. Also converts values to other types if specified.
             * @function toObject
             * @memberof sinhtrac.v1.VersionTag
             * @static
             * @param {sinhtrac.v1.VersionTag} message VersionTag
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            VersionTag.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.name = "";
                    object.version = "";
                }
                if (message.name != null && $Object.hasOwnProperty.call(message, "name"))
                    object.name = message.name;
                if (message.version != null && $Object.hasOwnProperty.call(message, "version"))
                    object.version = message.version;
                return object;
            };

            /**
             * Converts this VersionTag to JSON.
             * @function toJSON
             * @memberof sinhtrac.v1.VersionTag
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            VersionTag.prototype.toJSON = function() {
                return VersionTag.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for VersionTag
             * @function getTypeUrl
             * @memberof sinhtrac.v1.VersionTag
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            VersionTag.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/sinhtrac.v1.VersionTag";
            };

            return VersionTag;
        })();

        v1.ListAuditResponse = (function() {

            /**
             * Properties of a ListAuditResponse.
             * @typedef {Object} sinhtrac.v1.ListAuditResponse.$Properties
             * @property {Array.<sinhtrac.v1.AuditEntry.$Properties>} [entries] ListAuditResponse entries
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a ListAuditResponse.
             * @memberof sinhtrac.v1
             * @interface IListAuditResponse
             * @augments sinhtrac.v1.ListAuditResponse.$Properties
             * @deprecated Use sinhtrac.v1.ListAuditResponse.$Properties instead.
             */

            /**
             * Shape of a ListAuditResponse.
             * @typedef {sinhtrac.v1.ListAuditResponse.$Properties} sinhtrac.v1.ListAuditResponse.$Shape
             */

            /**
             * Constructs a new ListAuditResponse.
             * @memberof sinhtrac.v1
             * @classdesc Represents a ListAuditResponse.
             * @constructor
             * @param {sinhtrac.v1.ListAuditResponse.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const ListAuditResponse = function (properties) {
                this.entries = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * ListAuditResponse entries.
             * @member {Array.<sinhtrac.v1.AuditEntry>} entries
             * @memberof sinhtrac.v1.ListAuditResponse
             * @instance
             */
            ListAuditResponse.prototype.entries = $util.emptyArray;

            /**
             * Creates a new ListAuditResponse instance using the specified properties.
             * @function create
             * @memberof sinhtrac.v1.ListAuditResponse
             * @static
             * @param {sinhtrac.v1.ListAuditResponse.$Properties=} [properties] Properties to set
             * @returns {sinhtrac.v1.ListAuditResponse} ListAuditResponse instance
             * @type {{
             *   (properties: sinhtrac.v1.ListAuditResponse.$Shape): sinhtrac.v1.ListAuditResponse & sinhtrac.v1.ListAuditResponse.$Shape;
             *   (properties?: sinhtrac.v1.ListAuditResponse.$Properties): sinhtrac.v1.ListAuditResponse;
             * }}
             */
            ListAuditResponse.create = function(properties) {
                return new ListAuditResponse(properties);
            };

            /**
             * Encodes the specified ListAuditResponse message. Does not implicitly {@link sinhtrac.v1.ListAuditResponse.verify|verify} messages.
             * @function encode
             * @memberof sinhtrac.v1.ListAuditResponse
             * @static
             * @param {sinhtrac.v1.ListAuditResponse.$Properties} message ListAuditResponse message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ListAuditResponse.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.entries != null && message.entries.length)
                    for (let i = 0; i < message.entries.length; ++i)
                        $root.sinhtrac.v1.AuditEntry.encode(message.entries[i], writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a ListAuditResponse message from the specified reader or buffer.
             * @function decode
             * @memberof sinhtrac.v1.ListAuditResponse
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {sinhtrac.v1.ListAuditResponse & sinhtrac.v1.ListAuditResponse.$Shape} ListAuditResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ListAuditResponse.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.sinhtrac.v1.ListAuditResponse();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if (!(message.entries && message.entries.length))
                                message.entries = [];
                            message.entries.push($root.sinhtrac.v1.AuditEntry.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Verifies a ListAuditResponse message.
             * @function verify
             * @memberof sinhtrac.v1.ListAuditResponse
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            ListAuditResponse.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.entries != null && $Object.hasOwnProperty.call(message, "entries")) {
                    if (!$Array.isArray(message.entries))
                        return "entries: array expected";
                    for (let i = 0; i < message.entries.length; ++i) {
                        let error = $root.sinhtrac.v1.AuditEntry.verify(message.entries[i], _depth + 1);
                        if (error)
                            return "entries." + error;
                    }
                }
                return null;
            };

            /**
             * Creates a ListAuditResponse message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof sinhtrac.v1.ListAuditResponse
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {sinhtrac.v1.ListAuditResponse} ListAuditResponse
             */
            ListAuditResponse.fromObject = function (object, _depth) {
                if (object instanceof $root.sinhtrac.v1.ListAuditResponse)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".sinhtrac.v1.ListAuditResponse: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.sinhtrac.v1.ListAuditResponse();
                if (object.entries) {
                    if (!$Array.isArray(object.entries))
                        throw $TypeError(".sinhtrac.v1.ListAuditResponse.entries: array expected");
                    message.entries = $Array(object.entries.length);
                    for (let i = 0; i < object.entries.length; ++i) {
                        if (!$util.isObject(object.entries[i]))
                            throw $TypeError(".sinhtrac.v1.ListAuditResponse.entries: object expected");
                        message.entries[i] = $root.sinhtrac.v1.AuditEntry.fromObject(object.entries[i], _depth + 1);
                    }
                }
                return message;
            };

            /**
             * Creates a plain object from a ListAuditResponse message. Also converts values to other types if specified.
             * @function toObject
             * @memberof sinhtrac.v1.ListAuditResponse
             * @static
             * @param {sinhtrac.v1.ListAuditResponse} message ListAuditResponse
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            ListAuditResponse.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.arrays || options.defaults)
                    object.entries = [];
                if (message.entries && message.entries.length) {
                    object.entries = $Array(message.entries.length);
                    for (let j = 0; j < message.entries.length; ++j)
                        object.entries[j] = $root.sinhtrac.v1.AuditEntry.toObject(message.entries[j], options, _depth + 1);
                }
                return object;
            };

            /**
             * Converts this ListAuditResponse to JSON.
             * @function toJSON
             * @memberof sinhtrac.v1.ListAuditResponse
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            ListAuditResponse.prototype.toJSON = function() {
                return ListAuditResponse.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for ListAuditResponse
             * @function getTypeUrl
             * @memberof sinhtrac.v1.ListAuditResponse
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            ListAuditResponse.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/sinhtrac.v1.ListAuditResponse";
            };

            return ListAuditResponse;
        })();

        v1.FaceSample = (function() {

            /**
             * Properties of a FaceSample.
             * @typedef {Object} sinhtrac.v1.FaceSample.$Properties
             * @property {Uint8Array|null} [image] FaceSample image
             * @property {Uint8Array|null} [template] FaceSample template
             * @property {"image"|"template"} [sample] FaceSample sample
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a FaceSample.
             * @memberof sinhtrac.v1
             * @interface IFaceSample
             * @augments sinhtrac.v1.FaceSample.$Properties
             * @deprecated Use sinhtrac.v1.FaceSample.$Properties instead.
             */

            /**
             * Narrowed shape of a FaceSample.
             * @typedef {{
             *   image?: Uint8Array|null;
             *   template?: Uint8Array|null;
             *   $unknowns?: Array.<Uint8Array>;
             * } & (
             *   ({ sample?: undefined; image?: null; template?: null }|{ sample?: "image"; image: Uint8Array; template?: null }|{ sample?: "template"; image?: null; template: Uint8Array })
             * )} sinhtrac.v1.FaceSample.$Shape
             */

            /**
             * Constructs a new FaceSample.
             * @memberof sinhtrac.v1
             * @classdesc Represents a FaceSample.
             * @constructor
             * @param {sinhtrac.v1.FaceSample.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const FaceSample = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * FaceSample image.
             * @member {Uint8Array|null} image
             * @memberof sinhtrac.v1.FaceSample
             * @instance
             */
            FaceSample.prototype.image = null;

            /**
             * FaceSample template.
             * @member {Uint8Array|null} template
             * @memberof sinhtrac.v1.FaceSample
             * @instance
             */
            FaceSample.prototype.template = null;

            // OneOf field names bound to virtual getters and setters
            let $oneOfFields;

            /**
             * FaceSample sample.
             * @member {"image"|"template"|undefined} sample
             * @memberof sinhtrac.v1.FaceSample
             * @instance
             */
            $Object.defineProperty(FaceSample.prototype, "sample", {
                get: $util.oneOfGetter($oneOfFields = ["image", "template"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            /**
             * Creates a new FaceSample instance using the specified properties.
             * @function create
             * @memberof sinhtrac.v1.FaceSample
             * @static
             * @param {sinhtrac.v1.FaceSample.$Properties=} [properties] Properties to set
             * @returns {sinhtrac.v1.FaceSample} FaceSample instance
             * @type {{
             *   (properties: sinhtrac.v1.FaceSample.$Shape): sinhtrac.v1.FaceSample & sinhtrac.v1.FaceSample.$Shape;
             *   (properties?: sinhtrac.v1.FaceSample.$Properties): sinhtrac.v1.FaceSample;
             * }}
             */
            FaceSample.create = function(properties) {
                return new FaceSample(properties);
            };

            /**
             * Encodes the specified FaceSample message. Does not implicitly {@link sinhtrac.v1.FaceSample.verify|verify} messages.
             * @function encode
             * @memberof sinhtrac.v1.FaceSample
             * @static
             * @param {sinhtrac.v1.FaceSample.$Properties} message FaceSample message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            FaceSample.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.image != null && $Object.hasOwnProperty.call(message, "image"))
                    writer.uint32(/* id 1, wireType 2 =*/10).bytes(message.image);
                if (message.template != null && $Object.hasOwnProperty.call(message, "template"))
                    writer.uint32(/* id 2, wireType 2 =*/18).bytes(message.template);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a FaceSample message from the specified reader or buffer.
             * @function decode
             * @memberof sinhtrac.v1.FaceSample
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {sinhtrac.v1.FaceSample & sinhtrac.v1.FaceSample.$Shape} FaceSample
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            FaceSample.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.sinhtrac.v1.FaceSample();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            message.image = reader.bytes();
                            message.sample = "image";
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            message.template = reader.bytes();
                            message.sample = "template";
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Verifies a FaceSample message.
             * @function verify
             * @memberof sinhtrac.v1.FaceSample
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            FaceSample.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                let properties = {};
                if (message.image != null && $Object.hasOwnProperty.call(message, "image")) {
                    properties.sample = 1;
                    if (!(message.image && typeof message.image.length === "number" || $util.isString(message.image)))
                        return "image: buffer expected";
                }
                if (message.template != null && $Object.hasOwnProperty.call(message, "template")) {
                    if (properties.sample === 1)
                        return "sample: multiple values";
                    properties.sample = 1;
                    if (!(message.template && typeof message.template.length === "number" || $util.isString(message.template)))
                        return "template: buffer expected";
                }
                return null;
            };

            /**
             * Creates a FaceSample message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof sinhtrac.v1.FaceSample
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {sinhtrac.v1.FaceSample} FaceSample
             */
            FaceSample.fromObject = function (object, _depth) {
                if (object instanceof $root.sinhtrac.v1.FaceSample)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".sinhtrac.v1.FaceSample: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.sinhtrac.v1.FaceSample();
                if (object.image != null)
                    if (typeof object.image === "string")
                        $util.base64.decode(object.image, message.image = $util.newBuffer($util.base64.length(object.image)), 0);
                    else if (object.image.length >= 0)
                        message.image = object.image;
                if (object.template != null)
                    if (typeof object.template === "string")
                        $util.base64.decode(object.template, message.template = $util.newBuffer($util.base64.length(object.template)), 0);
                    else if (object.template.length >= 0)
                        message.template = object.template;
                return message;
            };

            /**
             * Creates a plain object from a FaceSample message. Also converts values to other types if specified.
             * @function toObject
             * @memberof sinhtrac.v1.FaceSample
             * @static
             * @param {sinhtrac.v1.FaceSample} message FaceSample
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            FaceSample.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (message.image != null && $Object.hasOwnProperty.call(message, "image")) {
                    object.image = options.bytes === $String ? $util.base64.encode(message.image, 0, message.image.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.image) : message.image;
                    if (options.oneofs)
                        object.sample = "image";
                }
                if (message.template != null && $Object.hasOwnProperty.call(message, "template")) {
                    object.template = options.bytes === $String ? $util.base64.encode(message.template, 0, message.template.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.template) : message.template;
                    if (options.oneofs)
                        object.sample = "template";
                }
                return object;
            };

            /**
             * Converts this FaceSample to JSON.
             * @function toJSON
             * @memberof sinhtrac.v1.FaceSample
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            FaceSample.prototype.toJSON = function() {
                return FaceSample.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for FaceSample
             * @function getTypeUrl
             * @memberof sinhtrac.v1.FaceSample
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            FaceSample.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/sinhtrac.v1.FaceSample";
            };

            return FaceSample;
        })();

        v1.Point = (function() {

            /**
             * Properties of a Point.
             * @typedef {Object} sinhtrac.v1.Point.$Properties
             * @property {number} [x] Point x
             * @property {number} [y] Point y
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a Point.
             * @memberof sinhtrac.v1
             * @interface IPoint
             * @augments sinhtrac.v1.Point.$Properties
             * @deprecated Use sinhtrac.v1.Point.$Properties instead.
             */

            /**
             * Shape of a Point.
             * @typedef {sinhtrac.v1.Point.$Properties} sinhtrac.v1.Point.$Shape
             */

            /**
             * Constructs a new Point.
             * @memberof sinhtrac.v1
             * @classdesc Represents a Point.
             * @constructor
             * @param {sinhtrac.v1.Point.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Point = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Point x.
             * @member {number} x
             * @memberof sinhtrac.v1.Point
             * @instance
             */
            Point.prototype.x = 0;

            /**
             * Point y.
             * @member {number} y
             * @memberof sinhtrac.v1.Point
             * @instance
             */
            Point.prototype.y = 0;

            /**
             * Creates a new Point instance using the specified properties.
             * @function create
             * @memberof sinhtrac.v1.Point
             * @static
             * @param {sinhtrac.v1.Point.$Properties=} [properties] Properties to set
             * @returns {sinhtrac.v1.Point} Point instance
             * @type {{
             *   (properties: sinhtrac.v1.Point.$Shape): sinhtrac.v1.Point & sinhtrac.v1.Point.$Shape;
             *   (properties?: sinhtrac.v1.Point.$Properties): sinhtrac.v1.Point;
             * }}
             */
            Point.create = function(properties) {
                return new Point(properties);
            };

            /**
             * Encodes the specified Point message. Does not implicitly {@link sinhtrac.v1.Point.verify|verify} messages.
             * @function encode
             * @memberof sinhtrac.v1.Point
             * @static
             * @param {sinhtrac.v1.Point.$Properties} message Point message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Point.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.x != null && $Object.hasOwnProperty.call(message, "x") && !$Object.is(message.x, 0))
                    writer.uint32(/* id 1, wireType 5 =*/13).float(message.x);
                if (message.y != null && $Object.hasOwnProperty.call(message, "y") && !$Object.is(message.y, 0))
                    writer.uint32(/* id 2, wireType 5 =*/21).float(message.y);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a Point message from the specified reader or buffer.
             * @function decode
             * @memberof sinhtrac.v1.Point
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {sinhtrac.v1.Point & sinhtrac.v1.Point.$Shape} Point
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Point.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.sinhtrac.v1.Point();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 5)
                                break;
                            if (!$Object.is(value = reader.float(), 0))
                                message.x = value;
                            else
                                delete message.x;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 5)
                                break;
                            if (!$Object.is(value = reader.float(), 0))
                                message.y = value;
                            else
                                delete message.y;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Verifies a Point message.
             * @function verify
             * @memberof sinhtrac.v1.Point
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            Point.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.x != null && $Object.hasOwnProperty.call(message, "x"))
                    if (typeof message.x !== "number")
                        return "x: number expected";
                if (message.y != null && $Object.hasOwnProperty.call(message, "y"))
                    if (typeof message.y !== "number")
                        return "y: number expected";
                return null;
            };

            /**
             * Creates a Point message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof sinhtrac.v1.Point
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {sinhtrac.v1.Point} Point
             */
            Point.fromObject = function (object, _depth) {
                if (object instanceof $root.sinhtrac.v1.Point)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".sinhtrac.v1.Point: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.sinhtrac.v1.Point();
                if (object.x != null)
                    if (!$Object.is($Number(object.x), 0))
                        message.x = $Number(object.x);
                if (object.y != null)
                    if (!$Object.is($Number(object.y), 0))
                        message.y = $Number(object.y);
                return message;
            };

            /**
             * Creates a plain object from a Point message. Also converts values to other types if specified.
             * @function toObject
             * @memberof sinhtrac.v1.Point
             * @static
             * @param {sinhtrac.v1.Point} message Point
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            Point.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.x = 0;
                    object.y = 0;
                }
                if (message.x != null && $Object.hasOwnProperty.call(message, "x"))
                    object.x = options.json && !$isFinite(message.x) ? $String(message.x) : message.x;
                if (message.y != null && $Object.hasOwnProperty.call(message, "y"))
                    object.y = options.json && !$isFinite(message.y) ? $String(message.y) : message.y;
                return object;
            };

            /**
             * Converts this Point to JSON.
             * @function toJSON
             * @memberof sinhtrac.v1.Point
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            Point.prototype.toJSON = function() {
                return Point.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for Point
             * @function getTypeUrl
             * @memberof sinhtrac.v1.Point
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            Point.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/sinhtrac.v1.Point";
            };

            return Point;
        })();

        v1.Box = (function() {

            /**
             * Properties of a Box.
             * @typedef {Object} sinhtrac.v1.Box.$Properties
             * @property {number} [x] Box x
             * @property {number} [y] Box y
             * @property {number} [width] Box width
             * @property {number} [height] Box height
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a Box.
             * @memberof sinhtrac.v1
             * @interface IBox
             * @augments sinhtrac.v1.Box.$Properties
             * @deprecated Use sinhtrac.v1.Box.$Properties instead.
             */

            /**
             * Shape of a Box.
             * @typedef {sinhtrac.v1.Box.$Properties} sinhtrac.v1.Box.$Shape
             */

            /**
             * Constructs a new Box.
             * @memberof sinhtrac.v1
             * @classdesc Represents a Box.
             * @constructor
             * @param {sinhtrac.v1.Box.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Box = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Box x.
             * @member {number} x
             * @memberof sinhtrac.v1.Box
             * @instance
             */
            Box.prototype.x = 0;

            /**
             * Box y.
             * @member {number} y
             * @memberof sinhtrac.v1.Box
             * @instance
             */
            Box.prototype.y = 0;

            /**
             * Box width.
             * @member {number} width
             * @memberof sinhtrac.v1.Box
             * @instance
             */
            Box.prototype.width = 0;

            /**
             * Box height.
             * @member {number} height
             * @memberof sinhtrac.v1.Box
             * @instance
             */
            Box.prototype.height = 0;

            /**
             * Creates a new Box instance using the specified properties.
             * @function create
             * @memberof sinhtrac.v1.Box
             * @static
             * @param {sinhtrac.v1.Box.$Properties=} [properties] Properties to set
             * @returns {sinhtrac.v1.Box} Box instance
             * @type {{
             *   (properties: sinhtrac.v1.Box.$Shape): sinhtrac.v1.Box & sinhtrac.v1.Box.$Shape;
             *   (properties?: sinhtrac.v1.Box.$Properties): sinhtrac.v1.Box;
             * }}
             */
            Box.create = function(properties) {
                return new Box(properties);
            };

            /**
             * Encodes the specified Box message. Does not implicitly {@link sinhtrac.v1.Box.verify|verify} messages.
             * @function encode
             * @memberof sinhtrac.v1.Box
             * @static
             * @param {sinhtrac.v1.Box.$Properties} message Box message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Box.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.x != null && $Object.hasOwnProperty.call(message, "x") && !$Object.is(message.x, 0))
                    writer.uint32(/* id 1, wireType 5 =*/13).float(message.x);
                if (message.y != null && $Object.hasOwnProperty.call(message, "y") && !$Object.is(message.y, 0))
                    writer.uint32(/* id 2, wireType 5 =*/21).float(message.y);
                if (message.width != null && $Object.hasOwnProperty.call(message, "width") && !$Object.is(message.width, 0))
                    writer.uint32(/* id 3, wireType 5 =*/29).float(message.width);
                if (message.height != null && $Object.hasOwnProperty.call(message, "height") && !$Object.is(message.height, 0))
                    writer.uint32(/* id 4, wireType 5 =*/37).float(message.height);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a Box message from the specified reader or buffer.
             * @function decode
             * @memberof sinhtrac.v1.Box
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {sinhtrac.v1.Box & sinhtrac.v1.Box.$Shape} Box
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Box.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.sinhtrac.v1.Box();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 5)
                                break;
                            if (!$Object.is(value = reader.float(), 0))
                                message.x = value;
                            else
                                delete message.x;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 5)
                                break;
                            if (!$Object.is(value = reader.float(), 0))
                                message.y = value;
                            else
                                delete message.y;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 5)
                                break;
                            if (!$Object.is(value = reader.float(), 0))
                                message.width = value;
                            else
                                delete message.width;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 5)
                                break;
                            if (!$Object.is(value = reader.float(), 0))
                                message.height = value;
                            else
                                delete message.height;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Verifies a Box message.
             * @function verify
             * @memberof sinhtrac.v1.Box
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            Box.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.x != null && $Object.hasOwnProperty.call(message, "x"))
                    if (typeof message.x !== "number")
                        return "x: number expected";
                if (message.y != null && $Object.hasOwnProperty.call(message, "y"))
                    if (typeof message.y !== "number")
                        return "y: number expected";
                if (message.width != null && $Object.hasOwnProperty.call(message, "width"))
                    if (typeof message.width !== "number")
                        return "width: number expected";
                if (message.height != null && $Object.hasOwnProperty.call(message, "height"))
                    if (typeof message.height !== "number")
                        return "height: number expected";
                return null;
            };

            /**
             * Creates a Box message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof sinhtrac.v1.Box
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {sinhtrac.v1.Box} Box
             */
            Box.fromObject = function (object, _depth) {
                if (object instanceof $root.sinhtrac.v1.Box)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".sinhtrac.v1.Box: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.sinhtrac.v1.Box();
                if (object.x != null)
                    if (!$Object.is($Number(object.x), 0))
                        message.x = $Number(object.x);
                if (object.y != null)
                    if (!$Object.is($Number(object.y), 0))
                        message.y = $Number(object.y);
                if (object.width != null)
                    if (!$Object.is($Number(object.width), 0))
                        message.width = $Number(object.width);
                if (object.height != null)
                    if (!$Object.is($Number(object.height), 0))
                        message.height = $Number(object.height);
                return message;
            };

            /**
             * Creates a plain object from a Box message. Also converts values to other types if specified.
             * @function toObject
             * @memberof sinhtrac.v1.Box
             * @static
             * @param {sinhtrac.v1.Box} message Box
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            Box.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.x = 0;
                    object.y = 0;
                    object.width = 0;
                    object.height = 0;
                }
                if (message.x != null && $Object.hasOwnProperty.call(message, "x"))
                    object.x = options.json && !$isFinite(message.x) ? $String(message.x) : message.x;
                if (message.y != null && $Object.hasOwnProperty.call(message, "y"))
                    object.y = options.json && !$isFinite(message.y) ? $String(message.y) : message.y;
                if (message.width != null && $Object.hasOwnProperty.call(message, "width"))
                    object.width = options.json && !$isFinite(message.width) ? $String(message.width) : message.width;
                if (message.height != null && $Object.hasOwnProperty.call(message, "height"))
                    object.height = options.json && !$isFinite(message.height) ? $String(message.height) : message.height;
                return object;
            };

            /**
             * Converts this Box to JSON.
             * @function toJSON
             * @memberof sinhtrac.v1.Box
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            Box.prototype.toJSON = function() {
                return Box.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for Box
             * @function getTypeUrl
             * @memberof sinhtrac.v1.Box
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            Box.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/sinhtrac.v1.Box";
            };

            return Box;
        })();

        v1.FaceQuality = (function() {

            /**
             * Properties of a FaceQuality.
             * @typedef {Object} sinhtrac.v1.FaceQuality.$Properties
             * @property {number} [face_height_px] FaceQuality face_height_px
             * @property {number} [inter_eye_distance_px] FaceQuality inter_eye_distance_px
             * @property {number} [detector_confidence] FaceQuality detector_confidence
             * @property {number} [yaw_deg] FaceQuality yaw_deg
             * @property {number} [roll_deg] FaceQuality roll_deg
             * @property {number} [sharpness] FaceQuality sharpness
             * @property {number} [brightness] FaceQuality brightness
             * @property {number} [contrast] FaceQuality contrast
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a FaceQuality.
             * @memberof sinhtrac.v1
             * @interface IFaceQuality
             * @augments sinhtrac.v1.FaceQuality.$Properties
             * @deprecated Use sinhtrac.v1.FaceQuality.$Properties instead.
             */

            /**
             * Shape of a FaceQuality.
             * @typedef {sinhtrac.v1.FaceQuality.$Properties} sinhtrac.v1.FaceQuality.$Shape
             */

            /**
             * Constructs a new FaceQuality.
             * @memberof sinhtrac.v1
             * @classdesc Represents a FaceQuality.
             * @constructor
             * @param {sinhtrac.v1.FaceQuality.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const FaceQuality = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * FaceQuality face_height_px.
             * @member {number} face_height_px
             * @memberof sinhtrac.v1.FaceQuality
             * @instance
             */
            FaceQuality.prototype.face_height_px = 0;

            /**
             * FaceQuality inter_eye_distance_px.
             * @member {number} inter_eye_distance_px
             * @memberof sinhtrac.v1.FaceQuality
             * @instance
             */
            FaceQuality.prototype.inter_eye_distance_px = 0;

            /**
             * FaceQuality detector_confidence.
             * @member {number} detector_confidence
             * @memberof sinhtrac.v1.FaceQuality
             * @instance
             */
            FaceQuality.prototype.detector_confidence = 0;

            /**
             * FaceQuality yaw_deg.
             * @member {number} yaw_deg
             * @memberof sinhtrac.v1.FaceQuality
             * @instance
             */
            FaceQuality.prototype.yaw_deg = 0;

            /**
             * FaceQuality roll_deg.
             * @member {number} roll_deg
             * @memberof sinhtrac.v1.FaceQuality
             * @instance
             */
            FaceQuality.prototype.roll_deg = 0;

            /**
             * FaceQuality sharpness.
             * @member {number} sharpness
             * @memberof sinhtrac.v1.FaceQuality
             * @instance
             */
            FaceQuality.prototype.sharpness = 0;

            /**
             * FaceQuality brightness.
             * @member {number} brightness
             * @memberof sinhtrac.v1.FaceQuality
             * @instance
             */
            FaceQuality.prototype.brightness = 0;

            /**
             * FaceQuality contrast.
             * @member {number} contrast
             * @memberof sinhtrac.v1.FaceQuality
             * @instance
             */
            FaceQuality.prototype.contrast = 0;

            /**
             * Creates a new FaceQuality instance using the specified properties.
             * @function create
             * @memberof sinhtrac.v1.FaceQuality
             * @static
             * @param {sinhtrac.v1.FaceQuality.$Properties=} [properties] Properties to set
             * @returns {sinhtrac.v1.FaceQuality} FaceQuality instance
             * @type {{
             *   (properties: sinhtrac.v1.FaceQuality.$Shape): sinhtrac.v1.FaceQuality & sinhtrac.v1.FaceQuality.$Shape;
             *   (properties?: sinhtrac.v1.FaceQuality.$Properties): sinhtrac.v1.FaceQuality;
             * }}
             */
            FaceQuality.create = function(properties) {
                return new FaceQuality(properties);
            };

            /**
             * Encodes the specified FaceQuality message. Does not implicitly {@link sinhtrac.v1.FaceQuality.verify|verify} messages.
             * @function encode
             * @memberof sinhtrac.v1.FaceQuality
             * @static
             * @param {sinhtrac.v1.FaceQuality.$Properties} message FaceQuality message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            FaceQuality.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.face_height_px != null && $Object.hasOwnProperty.call(message, "face_height_px") && !$Object.is(message.face_height_px, 0))
                    writer.uint32(/* id 1, wireType 5 =*/13).float(message.face_height_px);
                if (message.inter_eye_distance_px != null && $Object.hasOwnProperty.call(message, "inter_eye_distance_px") && !$Object.is(message.inter_eye_distance_px, 0))
                    writer.uint32(/* id 2, wireType 5 =*/21).float(message.inter_eye_distance_px);
                if (message.detector_confidence != null && $Object.hasOwnProperty.call(message, "detector_confidence") && !$Object.is(message.detector_confidence, 0))
                    writer.uint32(/* id 3, wireType 5 =*/29).float(message.detector_confidence);
                if (message.yaw_deg != null && $Object.hasOwnProperty.call(message, "yaw_deg") && !$Object.is(message.yaw_deg, 0))
                    writer.uint32(/* id 4, wireType 5 =*/37).float(message.yaw_deg);
                if (message.roll_deg != null && $Object.hasOwnProperty.call(message, "roll_deg") && !$Object.is(message.roll_deg, 0))
                    writer.uint32(/* id 5, wireType 5 =*/45).float(message.roll_deg);
                if (message.sharpness != null && $Object.hasOwnProperty.call(message, "sharpness") && !$Object.is(message.sharpness, 0))
                    writer.uint32(/* id 6, wireType 5 =*/53).float(message.sharpness);
                if (message.brightness != null && $Object.hasOwnProperty.call(message, "brightness") && !$Object.is(message.brightness, 0))
                    writer.uint32(/* id 7, wireType 5 =*/61).float(message.brightness);
                if (message.contrast != null && $Object.hasOwnProperty.call(message, "contrast") && !$Object.is(message.contrast, 0))
                    writer.uint32(/* id 8, wireType 5 =*/69).float(message.contrast);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a FaceQuality message from the specified reader or buffer.
             * @function decode
             * @memberof sinhtrac.v1.FaceQuality
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {sinhtrac.v1.FaceQuality & sinhtrac.v1.FaceQuality.$Shape} FaceQuality
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            FaceQuality.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.sinhtrac.v1.FaceQuality();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 5)
                                break;
                            if (!$Object.is(value = reader.float(), 0))
                                message.face_height_px = value;
                            else
                                delete message.face_height_px;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 5)
                                break;
                            if (!$Object.is(value = reader.float(), 0))
                                message.inter_eye_distance_px = value;
                            else
                                delete message.inter_eye_distance_px;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 5)
                                break;
                            if (!$Object.is(value = reader.float(), 0))
                                message.detector_confidence = value;
                            else
                                delete message.detector_confidence;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 5)
                                break;
                            if (!$Object.is(value = reader.float(), 0))
                                message.yaw_deg = value;
                            else
                                delete message.yaw_deg;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 5)
                                break;
                            if (!$Object.is(value = reader.float(), 0))
                                message.roll_deg = value;
                            else
                                delete message.roll_deg;
                            continue;
                        }
                    case 6: {
                            if (wireType !== 5)
                                break;
                            if (!$Object.is(value = reader.float(), 0))
                                message.sharpness = value;
                            else
                                delete message.sharpness;
                            continue;
                        }
                    case 7: {
                            if (wireType !== 5)
                                break;
                            if (!$Object.is(value = reader.float(), 0))
                                message.brightness = value;
                            else
                                delete message.brightness;
                            continue;
                        }
                    case 8: {
                            if (wireType !== 5)
                                break;
                            if (!$Object.is(value = reader.float(), 0))
                                message.contrast = value;
                            else
                                delete message.contrast;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Verifies a FaceQuality message.
             * @function verify
             * @memberof sinhtrac.v1.FaceQuality
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            FaceQuality.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.face_height_px != null && $Object.hasOwnProperty.call(message, "face_height_px"))
                    if (typeof message.face_height_px !== "number")
                        return "face_height_px: number expected";
                if (message.inter_eye_distance_px != null && $Object.hasOwnProperty.call(message, "inter_eye_distance_px"))
                    if (typeof message.inter_eye_distance_px !== "number")
                        return "inter_eye_distance_px: number expected";
                if (message.detector_confidence != null && $Object.hasOwnProperty.call(message, "detector_confidence"))
                    if (typeof message.detector_confidence !== "number")
                        return "detector_confidence: number expected";
                if (message.yaw_deg != null && $Object.hasOwnProperty.call(message, "yaw_deg"))
                    if (typeof message.yaw_deg !== "number")
                        return "yaw_deg: number expected";
                if (message.roll_deg != null && $Object.hasOwnProperty.call(message, "roll_deg"))
                    if (typeof message.roll_deg !== "number")
                        return "roll_deg: number expected";
                if (message.sharpness != null && $Object.hasOwnProperty.call(message, "sharpness"))
                    if (typeof message.sharpness !== "number")
                        return "sharpness: number expected";
                if (message.brightness != null && $Object.hasOwnProperty.call(message, "brightness"))
                    if (typeof message.brightness !== "number")
                        return "brightness: number expected";
                if (message.contrast != null && $Object.hasOwnProperty.call(message, "contrast"))
                    if (typeof message.contrast !== "number")
                        return "contrast: number expected";
                return null;
            };

            /**
             * Creates a FaceQuality message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof sinhtrac.v1.FaceQuality
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {sinhtrac.v1.FaceQuality} FaceQuality
             */
            FaceQuality.fromObject = function (object, _depth) {
                if (object instanceof $root.sinhtrac.v1.FaceQuality)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".sinhtrac.v1.FaceQuality: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.sinhtrac.v1.FaceQuality();
                if (object.face_height_px != null)
                    if (!$Object.is($Number(object.face_height_px), 0))
                        message.face_height_px = $Number(object.face_height_px);
                if (object.inter_eye_distance_px != null)
                    if (!$Object.is($Number(object.inter_eye_distance_px), 0))
                        message.inter_eye_distance_px = $Number(object.inter_eye_distance_px);
                if (object.detector_confidence != null)
                    if (!$Object.is($Number(object.detector_confidence), 0))
                        message.detector_confidence = $Number(object.detector_confidence);
                if (object.yaw_deg != null)
                    if (!$Object.is($Number(object.yaw_deg), 0))
                        message.yaw_deg = $Number(object.yaw_deg);
                if (object.roll_deg != null)
                    if (!$Object.is($Number(object.roll_deg), 0))
                        message.roll_deg = $Number(object.roll_deg);
                if (object.sharpness != null)
                    if (!$Object.is($Number(object.sharpness), 0))
                        message.sharpness = $Number(object.sharpness);
                if (object.brightness != null)
                    if (!$Object.is($Number(object.brightness), 0))
                        message.brightness = $Number(object.brightness);
                if (object.contrast != null)
                    if (!$Object.is($Number(object.contrast), 0))
                        message.contrast = $Number(object.contrast);
                return message;
            };

            /**
             * Creates a plain object from a FaceQuality message. Also converts values to other types if specified.
             * @function toObject
             * @memberof sinhtrac.v1.FaceQuality
             * @static
             * @param {sinhtrac.v1.FaceQuality} message FaceQuality
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            FaceQuality.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.face_height_px = 0;
                    object.inter_eye_distance_px = 0;
                    object.detector_confidence = 0;
                    object.yaw_deg = 0;
                    object.roll_deg = 0;
                    object.sharpness = 0;
                    object.brightness = 0;
                    object.contrast = 0;
                }
                if (message.face_height_px != null && $Object.hasOwnProperty.call(message, "face_height_px"))
                    object.face_height_px = options.json && !$isFinite(message.face_height_px) ? $String(message.face_height_px) : message.face_height_px;
                if (message.inter_eye_distance_px != null && $Object.hasOwnProperty.call(message, "inter_eye_distance_px"))
                    object.inter_eye_distance_px = options.json && !$isFinite(message.inter_eye_distance_px) ? $String(message.inter_eye_distance_px) : message.inter_eye_distance_px;
                if (message.detector_confidence != null && $Object.hasOwnProperty.call(message, "detector_confidence"))
                    object.detector_confidence = options.json && !$isFinite(message.detector_confidence) ? $String(message.detector_confidence) : message.detector_confidence;
                if (message.yaw_deg != null && $Object.hasOwnProperty.call(message, "yaw_deg"))
                    object.yaw_deg = options.json && !$isFinite(message.yaw_deg) ? $String(message.yaw_deg) : message.yaw_deg;
                if (message.roll_deg != null && $Object.hasOwnProperty.call(message, "roll_deg"))
                    object.roll_deg = options.json && !$isFinite(message.roll_deg) ? $String(message.roll_deg) : message.roll_deg;
                if (message.sharpness != null && $Object.hasOwnProperty.call(message, "sharpness"))
                    object.sharpness = options.json && !$isFinite(message.sharpness) ? $String(message.sharpness) : message.sharpness;
                if (message.brightness != null && $Object.hasOwnProperty.call(message, "brightness"))
                    object.brightness = options.json && !$isFinite(message.brightness) ? $String(message.brightness) : message.brightness;
                if (message.contrast != null && $Object.hasOwnProperty.call(message, "contrast"))
                    object.contrast = options.json && !$isFinite(message.contrast) ? $String(message.contrast) : message.contrast;
                return object;
            };

            /**
             * Converts this FaceQuality to JSON.
             * @function toJSON
             * @memberof sinhtrac.v1.FaceQuality
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            FaceQuality.prototype.toJSON = function() {
                return FaceQuality.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for FaceQuality
             * @function getTypeUrl
             * @memberof sinhtrac.v1.FaceQuality
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            FaceQuality.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/sinhtrac.v1.FaceQuality";
            };

            return FaceQuality;
        })();

        v1.FaceInfo = (function() {

            /**
             * Properties of a FaceInfo.
             * @typedef {Object} sinhtrac.v1.FaceInfo.$Properties
             * @property {sinhtrac.v1.Box.$Properties} [box] FaceInfo box
             * @property {number} [confidence] FaceInfo confidence
             * @property {Array.<sinhtrac.v1.Point.$Properties>} [landmarks] FaceInfo landmarks
             * @property {sinhtrac.v1.FaceQuality.$Properties} [quality] FaceInfo quality
             * @property {number} [faces_detected] FaceInfo faces_detected
             * @property {boolean} [from_template] FaceInfo from_template
             * @property {number} [rotation_degrees] FaceInfo rotation_degrees
             * @property {Array.<string>} [capture_reasons] FaceInfo capture_reasons
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a FaceInfo.
             * @memberof sinhtrac.v1
             * @interface IFaceInfo
             * @augments sinhtrac.v1.FaceInfo.$Properties
             * @deprecated Use sinhtrac.v1.FaceInfo.$Properties instead.
             */

            /**
             * Shape of a FaceInfo.
             * @typedef {sinhtrac.v1.FaceInfo.$Properties} sinhtrac.v1.FaceInfo.$Shape
             */

            /**
             * Constructs a new FaceInfo.
             * @memberof sinhtrac.v1
             * @classdesc Represents a FaceInfo.
             * @constructor
             * @param {sinhtrac.v1.FaceInfo.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const FaceInfo = function (properties) {
                this.landmarks = [];
                this.capture_reasons = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * FaceInfo box.
             * @member {sinhtrac.v1.Box} box
             * @memberof sinhtrac.v1.FaceInfo
             * @instance
             */
            FaceInfo.prototype.box = null;

            /**
             * FaceInfo confidence.
             * @member {number} confidence
             * @memberof sinhtrac.v1.FaceInfo
             * @instance
             */
            FaceInfo.prototype.confidence = 0;

            /**
             * FaceInfo landmarks.
             * @member {Array.<sinhtrac.v1.Point>} landmarks
             * @memberof sinhtrac.v1.FaceInfo
             * @instance
             */
            FaceInfo.prototype.landmarks = $util.emptyArray;

            /**
             * FaceInfo quality.
             * @member {sinhtrac.v1.FaceQuality} quality
             * @memberof sinhtrac.v1.FaceInfo
             * @instance
             */
            FaceInfo.prototype.quality = null;

            /**
             * FaceInfo faces_detected.
             * @member {number} faces_detected
             * @memberof sinhtrac.v1.FaceInfo
             * @instance
             */
            FaceInfo.prototype.faces_detected = 0;

            /**
             * FaceInfo from_template.
             * @member {boolean} from_template
             * @memberof sinhtrac.v1.FaceInfo
             * @instance
             */
            FaceInfo.prototype.from_template = false;

            /**
             * FaceInfo rotation_degrees.
             * @member {number} rotation_degrees
             * @memberof sinhtrac.v1.FaceInfo
             * @instance
             */
            FaceInfo.prototype.rotation_degrees = 0;

            /**
             * FaceInfo capture_reasons.
             * @member {Array.<string>} capture_reasons
             * @memberof sinhtrac.v1.FaceInfo
             * @instance
             */
            FaceInfo.prototype.capture_reasons = $util.emptyArray;

            /**
             * Creates a new FaceInfo instance using the specified properties.
             * @function create
             * @memberof sinhtrac.v1.FaceInfo
             * @static
             * @param {sinhtrac.v1.FaceInfo.$Properties=} [properties] Properties to set
             * @returns {sinhtrac.v1.FaceInfo} FaceInfo instance
             * @type {{
             *   (properties: sinhtrac.v1.FaceInfo.$Shape): sinhtrac.v1.FaceInfo & sinhtrac.v1.FaceInfo.$Shape;
             *   (properties?: sinhtrac.v1.FaceInfo.$Properties): sinhtrac.v1.FaceInfo;
             * }}
             */
            FaceInfo.create = function(properties) {
                return new FaceInfo(properties);
            };

            /**
             * Encodes the specified FaceInfo message. Does not implicitly {@link sinhtrac.v1.FaceInfo.verify|verify} messages.
             * @function encode
             * @memberof sinhtrac.v1.FaceInfo
             * @static
             * @param {sinhtrac.v1.FaceInfo.$Properties} message FaceInfo message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            FaceInfo.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.box != null && $Object.hasOwnProperty.call(message, "box"))
                    $root.sinhtrac.v1.Box.encode(message.box, writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
                if (message.confidence != null && $Object.hasOwnProperty.call(message, "confidence") && !$Object.is(message.confidence, 0))
                    writer.uint32(/* id 2, wireType 5 =*/21).float(message.confidence);
                if (message.landmarks != null && message.landmarks.length)
                    for (let i = 0; i < message.landmarks.length; ++i)
                        $root.sinhtrac.v1.Point.encode(message.landmarks[i], writer.uint32(/* id 3, wireType 2 =*/26).fork(), _depth + 1).ldelim();
                if (message.quality != null && $Object.hasOwnProperty.call(message, "quality"))
                    $root.sinhtrac.v1.FaceQuality.encode(message.quality, writer.uint32(/* id 4, wireType 2 =*/34).fork(), _depth + 1).ldelim();
                if (message.faces_detected != null && $Object.hasOwnProperty.call(message, "faces_detected") && message.faces_detected !== 0)
                    writer.uint32(/* id 5, wireType 0 =*/40).uint32(message.faces_detected);
                if (message.from_template != null && $Object.hasOwnProperty.call(message, "from_template") && message.from_template !== false)
                    writer.uint32(/* id 6, wireType 0 =*/48).bool(message.from_template);
                if (message.rotation_degrees != null && $Object.hasOwnProperty.call(message, "rotation_degrees") && message.rotation_degrees !== 0)
                    writer.uint32(/* id 7, wireType 0 =*/56).uint32(message.rotation_degrees);
                if (message.capture_reasons != null && message.capture_reasons.length)
                    for (let i = 0; i < message.capture_reasons.length; ++i)
                        writer.uint32(/* id 8, wireType 2 =*/66).string(message.capture_reasons[i]);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a FaceInfo message from the specified reader or buffer.
             * @function decode
             * @memberof sinhtrac.v1.FaceInfo
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {sinhtrac.v1.FaceInfo & sinhtrac.v1.FaceInfo.$Shape} FaceInfo
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            FaceInfo.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.sinhtrac.v1.FaceInfo();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            message.box = $root.sinhtrac.v1.Box.decode(reader, reader.size(), $undefined, _depth + 1, message.box);
                            continue;
                        }
                    case 2: {
                            if (wireType !== 5)
                                break;
                            if (!$Object.is(value = reader.float(), 0))
                                message.confidence = value;
                            else
                                delete message.confidence;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if (!(message.landmarks && message.landmarks.length))
                                message.landmarks = [];
                            message.landmarks.push($root.sinhtrac.v1.Point.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            message.quality = $root.sinhtrac.v1.FaceQuality.decode(reader, reader.size(), $undefined, _depth + 1, message.quality);
                            continue;
                        }
                    case 5: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.faces_detected = value;
                            else
                                delete message.faces_detected;
                            continue;
                        }
                    case 6: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.bool())
                                message.from_template = value;
                            else
                                delete message.from_template;
                            continue;
                        }
                    case 7: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.rotation_degrees = value;
                            else
                                delete message.rotation_degrees;
                            continue;
                        }
                    case 8: {
                            if (wireType !== 2)
                                break;
                            if (!(message.capture_reasons && message.capture_reasons.length))
                                message.capture_reasons = [];
                            message.capture_reasons.push(reader.stringVerify());
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Verifies a FaceInfo message.
             * @function verify
             * @memberof sinhtrac.v1.FaceInfo
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            FaceInfo.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.box != null && $Object.hasOwnProperty.call(message, "box")) {
                    let error = $root.sinhtrac.v1.Box.verify(message.box, _depth + 1);
                    if (error)
                        return "box." + error;
                }
                if (message.confidence != null && $Object.hasOwnProperty.call(message, "confidence"))
                    if (typeof message.confidence !== "number")
                        return "confidence: number expected";
                if (message.landmarks != null && $Object.hasOwnProperty.call(message, "landmarks")) {
                    if (!$Array.isArray(message.landmarks))
                        return "landmarks: array expected";
                    for (let i = 0; i < message.landmarks.length; ++i) {
                        let error = $root.sinhtrac.v1.Point.verify(message.landmarks[i], _depth + 1);
                        if (error)
                            return "landmarks." + error;
                    }
                }
                if (message.quality != null && $Object.hasOwnProperty.call(message, "quality")) {
                    let error = $root.sinhtrac.v1.FaceQuality.verify(message.quality, _depth + 1);
                    if (error)
                        return "quality." + error;
                }
                if (message.faces_detected != null && $Object.hasOwnProperty.call(message, "faces_detected"))
                    if (!$util.isInteger(message.faces_detected))
                        return "faces_detected: integer expected";
                if (message.from_template != null && $Object.hasOwnProperty.call(message, "from_template"))
                    if (typeof message.from_template !== "boolean")
                        return "from_template: boolean expected";
                if (message.rotation_degrees != null && $Object.hasOwnProperty.call(message, "rotation_degrees"))
                    if (!$util.isInteger(message.rotation_degrees))
                        return "rotation_degrees: integer expected";
                if (message.capture_reasons != null && $Object.hasOwnProperty.call(message, "capture_reasons")) {
                    if (!$Array.isArray(message.capture_reasons))
                        return "capture_reasons: array expected";
                    for (let i = 0; i < message.capture_reasons.length; ++i)
                        if (!$util.isString(message.capture_reasons[i]))
                            return "capture_reasons: string[] expected";
                }
                return null;
            };

            /**
             * Creates a FaceInfo message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof sinhtrac.v1.FaceInfo
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {sinhtrac.v1.FaceInfo} FaceInfo
             */
            FaceInfo.fromObject = function (object, _depth) {
                if (object instanceof $root.sinhtrac.v1.FaceInfo)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".sinhtrac.v1.FaceInfo: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.sinhtrac.v1.FaceInfo();
                if (object.box != null) {
                    if (!$util.isObject(object.box))
                        throw $TypeError(".sinhtrac.v1.FaceInfo.box: object expected");
                    message.box = $root.sinhtrac.v1.Box.fromObject(object.box, _depth + 1);
                }
                if (object.confidence != null)
                    if (!$Object.is($Number(object.confidence), 0))
                        message.confidence = $Number(object.confidence);
                if (object.landmarks) {
                    if (!$Array.isArray(object.landmarks))
                        throw $TypeError(".sinhtrac.v1.FaceInfo.landmarks: array expected");
                    message.landmarks = $Array(object.landmarks.length);
                    for (let i = 0; i < object.landmarks.length; ++i) {
                        if (!$util.isObject(object.landmarks[i]))
                            throw $TypeError(".sinhtrac.v1.FaceInfo.landmarks: object expected");
                        message.landmarks[i] = $root.sinhtrac.v1.Point.fromObject(object.landmarks[i], _depth + 1);
                    }
                }
                if (object.quality != null) {
                    if (!$util.isObject(object.quality))
                        throw $TypeError(".sinhtrac.v1.FaceInfo.quality: object expected");
                    message.quality = $root.sinhtrac.v1.FaceQuality.fromObject(object.quality, _depth + 1);
                }
                if (object.faces_detected != null)
                    if ($Number(object.faces_detected) !== 0)
                        message.faces_detected = object.faces_detected >>> 0;
                if (object.from_template != null)
                    if (object.from_template)
                        message.from_template = $Boolean(object.from_template);
                if (object.rotation_degrees != null)
                    if ($Number(object.rotation_degrees) !== 0)
                        message.rotation_degrees = object.rotation_degrees >>> 0;
                if (object.capture_reasons) {
                    if (!$Array.isArray(object.capture_reasons))
                        throw $TypeError(".sinhtrac.v1.FaceInfo.capture_reasons: array expected");
                    message.capture_reasons = $Array(object.capture_reasons.length);
                    for (let i = 0; i < object.capture_reasons.length; ++i)
                        message.capture_reasons[i] = $String(object.capture_reasons[i]);
                }
                return message;
            };

            /**
             * Creates a plain object from a FaceInfo message. Also converts values to other types if specified.
             * @function toObject
             * @memberof sinhtrac.v1.FaceInfo
             * @static
             * @param {sinhtrac.v1.FaceInfo} message FaceInfo
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            FaceInfo.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.arrays || options.defaults) {
                    object.landmarks = [];
                    object.capture_reasons = [];
                }
                if (options.defaults) {
                    object.box = null;
                    object.confidence = 0;
                    object.quality = null;
                    object.faces_detected = 0;
                    object.from_template = false;
                    object.rotation_degrees = 0;
                }
                if (message.box != null && $Object.hasOwnProperty.call(message, "box"))
                    object.box = $root.sinhtrac.v1.Box.toObject(message.box, options, _depth + 1);
                if (message.confidence != null && $Object.hasOwnProperty.call(message, "confidence"))
                    object.confidence = options.json && !$isFinite(message.confidence) ? $String(message.confidence) : message.confidence;
                if (message.landmarks && message.landmarks.length) {
                    object.landmarks = $Array(message.landmarks.length);
                    for (let j = 0; j < message.landmarks.length; ++j)
                        object.landmarks[j] = $root.sinhtrac.v1.Point.toObject(message.landmarks[j], options, _depth + 1);
                }
                if (message.quality != null && $Object.hasOwnProperty.call(message, "quality"))
                    object.quality = $root.sinhtrac.v1.FaceQuality.toObject(message.quality, options, _depth + 1);
                if (message.faces_detected != null && $Object.hasOwnProperty.call(message, "faces_detected"))
                    object.faces_detected = message.faces_detected;
                if (message.from_template != null && $Object.hasOwnProperty.call(message, "from_template"))
                    object.from_template = message.from_template;
                if (message.rotation_degrees != null && $Object.hasOwnProperty.call(message, "rotation_degrees"))
                    object.rotation_degrees = message.rotation_degrees;
                if (message.capture_reasons && message.capture_reasons.length) {
                    object.capture_reasons = $Array(message.capture_reasons.length);
                    for (let j = 0; j < message.capture_reasons.length; ++j)
                        object.capture_reasons[j] = message.capture_reasons[j];
                }
                return object;
            };

            /**
             * Converts this FaceInfo to JSON.
             * @function toJSON
             * @memberof sinhtrac.v1.FaceInfo
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            FaceInfo.prototype.toJSON = function() {
                return FaceInfo.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for FaceInfo
             * @function getTypeUrl
             * @memberof sinhtrac.v1.FaceInfo
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            FaceInfo.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/sinhtrac.v1.FaceInfo";
            };

            return FaceInfo;
        })();

        v1.CompareFacesRequest = (function() {

            /**
             * Properties of a CompareFacesRequest.
             * @typedef {Object} sinhtrac.v1.CompareFacesRequest.$Properties
             * @property {sinhtrac.v1.FaceSample.$Properties} [a] CompareFacesRequest a
             * @property {sinhtrac.v1.FaceSample.$Properties} [b] CompareFacesRequest b
             * @property {number} [target_fmr] CompareFacesRequest target_fmr
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a CompareFacesRequest.
             * @memberof sinhtrac.v1
             * @interface ICompareFacesRequest
             * @augments sinhtrac.v1.CompareFacesRequest.$Properties
             * @deprecated Use sinhtrac.v1.CompareFacesRequest.$Properties instead.
             */

            /**
             * Shape of a CompareFacesRequest.
             * @typedef {{
             *   a?: sinhtrac.v1.FaceSample.$Shape;
             *   b?: sinhtrac.v1.FaceSample.$Shape;
             *   target_fmr?: number;
             *   $unknowns?: Array.<Uint8Array>;
             * }} sinhtrac.v1.CompareFacesRequest.$Shape
             */

            /**
             * Constructs a new CompareFacesRequest.
             * @memberof sinhtrac.v1
             * @classdesc Represents a CompareFacesRequest.
             * @constructor
             * @param {sinhtrac.v1.CompareFacesRequest.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const CompareFacesRequest = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * CompareFacesRequest a.
             * @member {sinhtrac.v1.FaceSample} a
             * @memberof sinhtrac.v1.CompareFacesRequest
             * @instance
             */
            CompareFacesRequest.prototype.a = null;

            /**
             * CompareFacesRequest b.
             * @member {sinhtrac.v1.FaceSample} b
             * @memberof sinhtrac.v1.CompareFacesRequest
             * @instance
             */
            CompareFacesRequest.prototype.b = null;

            /**
             * CompareFacesRequest target_fmr.
             * @member {number} target_fmr
             * @memberof sinhtrac.v1.CompareFacesRequest
             * @instance
             */
            CompareFacesRequest.prototype.target_fmr = 0;

            /**
             * Creates a new CompareFacesRequest instance using the specified properties.
             * @function create
             * @memberof sinhtrac.v1.CompareFacesRequest
             * @static
             * @param {sinhtrac.v1.CompareFacesRequest.$Properties=} [properties] Properties to set
             * @returns {sinhtrac.v1.CompareFacesRequest} CompareFacesRequest instance
             * @type {{
             *   (properties: sinhtrac.v1.CompareFacesRequest.$Shape): sinhtrac.v1.CompareFacesRequest & sinhtrac.v1.CompareFacesRequest.$Shape;
             *   (properties?: sinhtrac.v1.CompareFacesRequest.$Properties): sinhtrac.v1.CompareFacesRequest;
             * }}
             */
            CompareFacesRequest.create = function(properties) {
                return new CompareFacesRequest(properties);
            };

            /**
             * Encodes the specified CompareFacesRequest message. Does not implicitly {@link sinhtrac.v1.CompareFacesRequest.verify|verify} messages.
             * @function encode
             * @memberof sinhtrac.v1.CompareFacesRequest
             * @static
             * @param {sinhtrac.v1.CompareFacesRequest.$Properties} message CompareFacesRequest message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            CompareFacesRequest.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.a != null && $Object.hasOwnProperty.call(message, "a"))
                    $root.sinhtrac.v1.FaceSample.encode(message.a, writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
                if (message.b != null && $Object.hasOwnProperty.call(message, "b"))
                    $root.sinhtrac.v1.FaceSample.encode(message.b, writer.uint32(/* id 2, wireType 2 =*/18).fork(), _depth + 1).ldelim();
                if (message.target_fmr != null && $Object.hasOwnProperty.call(message, "target_fmr") && !$Object.is(message.target_fmr, 0))
                    writer.uint32(/* id 3, wireType 1 =*/25).double(message.target_fmr);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a CompareFacesRequest message from the specified reader or buffer.
             * @function decode
             * @memberof sinhtrac.v1.CompareFacesRequest
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {sinhtrac.v1.CompareFacesRequest & sinhtrac.v1.CompareFacesRequest.$Shape} CompareFacesRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            CompareFacesRequest.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.sinhtrac.v1.CompareFacesRequest();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            message.a = $root.sinhtrac.v1.FaceSample.decode(reader, reader.size(), $undefined, _depth + 1, message.a);
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            message.b = $root.sinhtrac.v1.FaceSample.decode(reader, reader.size(), $undefined, _depth + 1, message.b);
                            continue;
                        }
                    case 3: {
                            if (wireType !== 1)
                                break;
                            if (!$Object.is(value = reader.double(), 0))
                                message.target_fmr = value;
                            else
                                delete message.target_fmr;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Verifies a CompareFacesRequest message.
             * @function verify
             * @memberof sinhtrac.v1.CompareFacesRequest
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            CompareFacesRequest.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.a != null && $Object.hasOwnProperty.call(message, "a")) {
                    let error = $root.sinhtrac.v1.FaceSample.verify(message.a, _depth + 1);
                    if (error)
                        return "a." + error;
                }
                if (message.b != null && $Object.hasOwnProperty.call(message, "b")) {
                    let error = $root.sinhtrac.v1.FaceSample.verify(message.b, _depth + 1);
                    if (error)
                        return "b." + error;
                }
                if (message.target_fmr != null && $Object.hasOwnProperty.call(message, "target_fmr"))
                    if (typeof message.target_fmr !== "number")
                        return "target_fmr: number expected";
                return null;
            };

            /**
             * Creates a CompareFacesRequest message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof sinhtrac.v1.CompareFacesRequest
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {sinhtrac.v1.CompareFacesRequest} CompareFacesRequest
             */
            CompareFacesRequest.fromObject = function (object, _depth) {
                if (object instanceof $root.sinhtrac.v1.CompareFacesRequest)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".sinhtrac.v1.CompareFacesRequest: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.sinhtrac.v1.CompareFacesRequest();
                if (object.a != null) {
                    if (!$util.isObject(object.a))
                        throw $TypeError(".sinhtrac.v1.CompareFacesRequest.a: object expected");
                    message.a = $root.sinhtrac.v1.FaceSample.fromObject(object.a, _depth + 1);
                }
                if (object.b != null) {
                    if (!$util.isObject(object.b))
                        throw $TypeError(".sinhtrac.v1.CompareFacesRequest.b: object expected");
                    message.b = $root.sinhtrac.v1.FaceSample.fromObject(object.b, _depth + 1);
                }
                if (object.target_fmr != null)
                    if (!$Object.is($Number(object.target_fmr), 0))
                        message.target_fmr = $Number(object.target_fmr);
                return message;
            };

            /**
             * Creates a plain object from a CompareFacesRequest message. Also converts values to other types if specified.
             * @function toObject
             * @memberof sinhtrac.v1.CompareFacesRequest
             * @static
             * @param {sinhtrac.v1.CompareFacesRequest} message CompareFacesRequest
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            CompareFacesRequest.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.a = null;
                    object.b = null;
                    object.target_fmr = 0;
                }
                if (message.a != null && $Object.hasOwnProperty.call(message, "a"))
                    object.a = $root.sinhtrac.v1.FaceSample.toObject(message.a, options, _depth + 1);
                if (message.b != null && $Object.hasOwnProperty.call(message, "b"))
                    object.b = $root.sinhtrac.v1.FaceSample.toObject(message.b, options, _depth + 1);
                if (message.target_fmr != null && $Object.hasOwnProperty.call(message, "target_fmr"))
                    object.target_fmr = options.json && !$isFinite(message.target_fmr) ? $String(message.target_fmr) : message.target_fmr;
                return object;
            };

            /**
             * Converts this CompareFacesRequest to JSON.
             * @function toJSON
             * @memberof sinhtrac.v1.CompareFacesRequest
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            CompareFacesRequest.prototype.toJSON = function() {
                return CompareFacesRequest.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for CompareFacesRequest
             * @function getTypeUrl
             * @memberof sinhtrac.v1.CompareFacesRequest
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            CompareFacesRequest.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/sinhtrac.v1.CompareFacesRequest";
            };

            return CompareFacesRequest;
        })();

        v1.CompareFacesResponse = (function() {

            /**
             * Properties of a CompareFacesResponse.
             * @typedef {Object} sinhtrac.v1.CompareFacesResponse.$Properties
             * @property {number} [score] CompareFacesResponse score
             * @property {boolean} [match] CompareFacesResponse match
             * @property {number} [threshold] CompareFacesResponse threshold
             * @property {number} [target_fmr] CompareFacesResponse target_fmr
             * @property {Array.<sinhtrac.v1.FaceInfo.$Properties>} [faces] CompareFacesResponse faces
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a CompareFacesResponse.
             * @memberof sinhtrac.v1
             * @interface ICompareFacesResponse
             * @augments sinhtrac.v1.CompareFacesResponse.$Properties
             * @deprecated Use sinhtrac.v1.CompareFacesResponse.$Properties instead.
             */

            /**
             * Shape of a CompareFacesResponse.
             * @typedef {sinhtrac.v1.CompareFacesResponse.$Properties} sinhtrac.v1.CompareFacesResponse.$Shape
             */

            /**
             * Constructs a new CompareFacesResponse.
             * @memberof sinhtrac.v1
             * @classdesc Represents a CompareFacesResponse.
             * @constructor
             * @param {sinhtrac.v1.CompareFacesResponse.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const CompareFacesResponse = function (properties) {
                this.faces = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * CompareFacesResponse score.
             * @member {number} score
             * @memberof sinhtrac.v1.CompareFacesResponse
             * @instance
             */
            CompareFacesResponse.prototype.score = 0;

            /**
             * CompareFacesResponse match.
             * @member {boolean} match
             * @memberof sinhtrac.v1.CompareFacesResponse
             * @instance
             */
            CompareFacesResponse.prototype.match = false;

            /**
             * CompareFacesResponse threshold.
             * @member {number} threshold
             * @memberof sinhtrac.v1.CompareFacesResponse
             * @instance
             */
            CompareFacesResponse.prototype.threshold = 0;

            /**
             * CompareFacesResponse target_fmr.
             * @member {number} target_fmr
             * @memberof sinhtrac.v1.CompareFacesResponse
             * @instance
             */
            CompareFacesResponse.prototype.target_fmr = 0;

            /**
             * CompareFacesResponse faces.
             * @member {Array.<sinhtrac.v1.FaceInfo>} faces
             * @memberof sinhtrac.v1.CompareFacesResponse
             * @instance
             */
            CompareFacesResponse.prototype.faces = $util.emptyArray;

            /**
             * Creates a new CompareFacesResponse instance using the specified properties.
             * @function create
             * @memberof sinhtrac.v1.CompareFacesResponse
             * @static
             * @param {sinhtrac.v1.CompareFacesResponse.$Properties=} [properties] Properties to set
             * @returns {sinhtrac.v1.CompareFacesResponse} CompareFacesResponse instance
             * @type {{
             *   (properties: sinhtrac.v1.CompareFacesResponse.$Shape): sinhtrac.v1.CompareFacesResponse & sinhtrac.v1.CompareFacesResponse.$Shape;
             *   (properties?: sinhtrac.v1.CompareFacesResponse.$Properties): sinhtrac.v1.CompareFacesResponse;
             * }}
             */
            CompareFacesResponse.create = function(properties) {
                return new CompareFacesResponse(properties);
            };

            /**
             * Encodes the specified CompareFacesResponse message. Does not implicitly {@link sinhtrac.v1.CompareFacesResponse.verify|verify} messages.
             * @function encode
             * @memberof sinhtrac.v1.CompareFacesResponse
             * @static
             * @param {sinhtrac.v1.CompareFacesResponse.$Properties} message CompareFacesResponse message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            CompareFacesResponse.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.score != null && $Object.hasOwnProperty.call(message, "score") && !$Object.is(message.score, 0))
                    writer.uint32(/* id 1, wireType 1 =*/9).double(message.score);
                if (message.match != null && $Object.hasOwnProperty.call(message, "match") && message.match !== false)
                    writer.uint32(/* id 2, wireType 0 =*/16).bool(message.match);
                if (message.threshold != null && $Object.hasOwnProperty.call(message, "threshold") && !$Object.is(message.threshold, 0))
                    writer.uint32(/* id 3, wireType 1 =*/25).double(message.threshold);
                if (message.target_fmr != null && $Object.hasOwnProperty.call(message, "target_fmr") && !$Object.is(message.target_fmr, 0))
                    writer.uint32(/* id 4, wireType 1 =*/33).double(message.target_fmr);
                if (message.faces != null && message.faces.length)
                    for (let i = 0; i < message.faces.length; ++i)
                        $root.sinhtrac.v1.FaceInfo.encode(message.faces[i], writer.uint32(/* id 5, wireType 2 =*/42).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a CompareFacesResponse message from the specified reader or buffer.
             * @function decode
             * @memberof sinhtrac.v1.CompareFacesResponse
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {sinhtrac.v1.CompareFacesResponse & sinhtrac.v1.CompareFacesResponse.$Shape} CompareFacesResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            CompareFacesResponse.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.sinhtrac.v1.CompareFacesResponse();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 1)
                                break;
                            if (!$Object.is(value = reader.double(), 0))
                                message.score = value;
                            else
                                delete message.score;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.bool())
                                message.match = value;
                            else
                                delete message.match;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 1)
                                break;
                            if (!$Object.is(value = reader.double(), 0))
                                message.threshold = value;
                            else
                                delete message.threshold;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 1)
                                break;
                            if (!$Object.is(value = reader.double(), 0))
                                message.target_fmr = value;
                            else
                                delete message.target_fmr;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 2)
                                break;
                            if (!(message.faces && message.faces.length))
                                message.faces = [];
                            message.faces.push($root.sinhtrac.v1.FaceInfo.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Verifies a CompareFacesResponse message.
             * @function verify
             * @memberof sinhtrac.v1.CompareFacesResponse
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            CompareFacesResponse.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.score != null && $Object.hasOwnProperty.call(message, "score"))
                    if (typeof message.score !== "number")
                        return "score: number expected";
                if (message.match != null && $Object.hasOwnProperty.call(message, "match"))
                    if (typeof message.match !== "boolean")
                        return "match: boolean expected";
                if (message.threshold != null && $Object.hasOwnProperty.call(message, "threshold"))
                    if (typeof message.threshold !== "number")
                        return "threshold: number expected";
                if (message.target_fmr != null && $Object.hasOwnProperty.call(message, "target_fmr"))
                    if (typeof message.target_fmr !== "number")
                        return "target_fmr: number expected";
                if (message.faces != null && $Object.hasOwnProperty.call(message, "faces")) {
                    if (!$Array.isArray(message.faces))
                        return "faces: array expected";
                    for (let i = 0; i < message.faces.length; ++i) {
                        let error = $root.sinhtrac.v1.FaceInfo.verify(message.faces[i], _depth + 1);
                        if (error)
                            return "faces." + error;
                    }
                }
                return null;
            };

            /**
             * Creates a CompareFacesResponse message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof sinhtrac.v1.CompareFacesResponse
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {sinhtrac.v1.CompareFacesResponse} CompareFacesResponse
             */
            CompareFacesResponse.fromObject = function (object, _depth) {
                if (object instanceof $root.sinhtrac.v1.CompareFacesResponse)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".sinhtrac.v1.CompareFacesResponse: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.sinhtrac.v1.CompareFacesResponse();
                if (object.score != null)
                    if (!$Object.is($Number(object.score), 0))
                        message.score = $Number(object.score);
                if (object.match != null)
                    if (object.match)
                        message.match = $Boolean(object.match);
                if (object.threshold != null)
                    if (!$Object.is($Number(object.threshold), 0))
                        message.threshold = $Number(object.threshold);
                if (object.target_fmr != null)
                    if (!$Object.is($Number(object.target_fmr), 0))
                        message.target_fmr = $Number(object.target_fmr);
                if (object.faces) {
                    if (!$Array.isArray(object.faces))
                        throw $TypeError(".sinhtrac.v1.CompareFacesResponse.faces: array expected");
                    message.faces = $Array(object.faces.length);
                    for (let i = 0; i < object.faces.length; ++i) {
                        if (!$util.isObject(object.faces[i]))
                            throw $TypeError(".sinhtrac.v1.CompareFacesResponse.faces: object expected");
                        message.faces[i] = $root.sinhtrac.v1.FaceInfo.fromObject(object.faces[i], _depth + 1);
                    }
                }
                return message;
            };

            /**
             * Creates a plain object from a CompareFacesResponse message. Also converts values to other types if specified.
             * @function toObject
             * @memberof sinhtrac.v1.CompareFacesResponse
             * @static
             * @param {sinhtrac.v1.CompareFacesResponse} message CompareFacesResponse
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            CompareFacesResponse.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.arrays || options.defaults)
                    object.faces = [];
                if (options.defaults) {
                    object.score = 0;
                    object.match = false;
                    object.threshold = 0;
                    object.target_fmr = 0;
                }
                if (message.score != null && $Object.hasOwnProperty.call(message, "score"))
                    object.score = options.json && !$isFinite(message.score) ? $String(message.score) : message.score;
                if (message.match != null && $Object.hasOwnProperty.call(message, "match"))
                    object.match = message.match;
                if (message.threshold != null && $Object.hasOwnProperty.call(message, "threshold"))
                    object.threshold = options.json && !$isFinite(message.threshold) ? $String(message.threshold) : message.threshold;
                if (message.target_fmr != null && $Object.hasOwnProperty.call(message, "target_fmr"))
                    object.target_fmr = options.json && !$isFinite(message.target_fmr) ? $String(message.target_fmr) : message.target_fmr;
                if (message.faces && message.faces.length) {
                    object.faces = $Array(message.faces.length);
                    for (let j = 0; j < message.faces.length; ++j)
                        object.faces[j] = $root.sinhtrac.v1.FaceInfo.toObject(message.faces[j], options, _depth + 1);
                }
                return object;
            };

            /**
             * Converts this CompareFacesResponse to JSON.
             * @function toJSON
             * @memberof sinhtrac.v1.CompareFacesResponse
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            CompareFacesResponse.prototype.toJSON = function() {
                return CompareFacesResponse.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for CompareFacesResponse
             * @function getTypeUrl
             * @memberof sinhtrac.v1.CompareFacesResponse
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            CompareFacesResponse.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/sinhtrac.v1.CompareFacesResponse";
            };

            return CompareFacesResponse;
        })();

        v1.ExtractFaceTemplateRequest = (function() {

            /**
             * Properties of an ExtractFaceTemplateRequest.
             * @typedef {Object} sinhtrac.v1.ExtractFaceTemplateRequest.$Properties
             * @property {Uint8Array} [image] ExtractFaceTemplateRequest image
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of an ExtractFaceTemplateRequest.
             * @memberof sinhtrac.v1
             * @interface IExtractFaceTemplateRequest
             * @augments sinhtrac.v1.ExtractFaceTemplateRequest.$Properties
             * @deprecated Use sinhtrac.v1.ExtractFaceTemplateRequest.$Properties instead.
             */

            /**
             * Shape of an ExtractFaceTemplateRequest.
             * @typedef {sinhtrac.v1.ExtractFaceTemplateRequest.$Properties} sinhtrac.v1.ExtractFaceTemplateRequest.$Shape
             */

            /**
             * Constructs a new ExtractFaceTemplateRequest.
             * @memberof sinhtrac.v1
             * @classdesc Represents an ExtractFaceTemplateRequest.
             * @constructor
             * @param {sinhtrac.v1.ExtractFaceTemplateRequest.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const ExtractFaceTemplateRequest = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * ExtractFaceTemplateRequest image.
             * @member {Uint8Array} image
             * @memberof sinhtrac.v1.ExtractFaceTemplateRequest
             * @instance
             */
            ExtractFaceTemplateRequest.prototype.image = $util.newBuffer([]);

            /**
             * Creates a new ExtractFaceTemplateRequest instance using the specified properties.
             * @function create
             * @memberof sinhtrac.v1.ExtractFaceTemplateRequest
             * @static
             * @param {sinhtrac.v1.ExtractFaceTemplateRequest.$Properties=} [properties] Properties to set
             * @returns {sinhtrac.v1.ExtractFaceTemplateRequest} ExtractFaceTemplateRequest instance
             * @type {{
             *   (properties: sinhtrac.v1.ExtractFaceTemplateRequest.$Shape): sinhtrac.v1.ExtractFaceTemplateRequest & sinhtrac.v1.ExtractFaceTemplateRequest.$Shape;
             *   (properties?: sinhtrac.v1.ExtractFaceTemplateRequest.$Properties): sinhtrac.v1.ExtractFaceTemplateRequest;
             * }}
             */
            ExtractFaceTemplateRequest.create = function(properties) {
                return new ExtractFaceTemplateRequest(properties);
            };

            /**
             * Encodes the specified ExtractFaceTemplateRequest message. Does not implicitly {@link sinhtrac.v1.ExtractFaceTemplateRequest.verify|verify} messages.
             * @function encode
             * @memberof sinhtrac.v1.ExtractFaceTemplateRequest
             * @static
             * @param {sinhtrac.v1.ExtractFaceTemplateRequest.$Properties} message ExtractFaceTemplateRequest message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ExtractFaceTemplateRequest.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.image != null && $Object.hasOwnProperty.call(message, "image") && message.image.length)
                    writer.uint32(/* id 1, wireType 2 =*/10).bytes(message.image);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes an ExtractFaceTemplateRequest message from the specified reader or buffer.
             * @function decode
             * @memberof sinhtrac.v1.ExtractFaceTemplateRequest
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {sinhtrac.v1.ExtractFaceTemplateRequest & sinhtrac.v1.ExtractFaceTemplateRequest.$Shape} ExtractFaceTemplateRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ExtractFaceTemplateRequest.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.sinhtrac.v1.ExtractFaceTemplateRequest();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message.image = value;
                            else
                                delete message.image;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Verifies an ExtractFaceTemplateRequest message.
             * @function verify
             * @memberof sinhtrac.v1.ExtractFaceTemplateRequest
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            ExtractFaceTemplateRequest.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.image != null && $Object.hasOwnProperty.call(message, "image"))
                    if (!(message.image && typeof message.image.length === "number" || $util.isString(message.image)))
                        return "image: buffer expected";
                return null;
            };

            /**
             * Creates an ExtractFaceTemplateRequest message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof sinhtrac.v1.ExtractFaceTemplateRequest
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {sinhtrac.v1.ExtractFaceTemplateRequest} ExtractFaceTemplateRequest
             */
            ExtractFaceTemplateRequest.fromObject = function (object, _depth) {
                if (object instanceof $root.sinhtrac.v1.ExtractFaceTemplateRequest)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".sinhtrac.v1.ExtractFaceTemplateRequest: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.sinhtrac.v1.ExtractFaceTemplateRequest();
                if (object.image != null)
                    if (object.image.length)
                        if (typeof object.image === "string")
                            $util.base64.decode(object.image, message.image = $util.newBuffer($util.base64.length(object.image)), 0);
                        else if (object.image.length >= 0)
                            message.image = object.image;
                return message;
            };

            /**
             * Creates a plain object from an ExtractFaceTemplateRequest message. Also converts values to other types if specified.
             * @function toObject
             * @memberof sinhtrac.v1.ExtractFaceTemplateRequest
             * @static
             * @param {sinhtrac.v1.ExtractFaceTemplateRequest} message ExtractFaceTemplateRequest
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            ExtractFaceTemplateRequest.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults)
                    if (options.bytes === $String)
                        object.image = "";
                    else {
                        object.image = [];
                        if (options.bytes !== $Array)
                            object.image = $util.newBuffer(object.image);
                    }
                if (message.image != null && $Object.hasOwnProperty.call(message, "image"))
                    object.image = options.bytes === $String ? $util.base64.encode(message.image, 0, message.image.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.image) : message.image;
                return object;
            };

            /**
             * Converts this ExtractFaceTemplateRequest to JSON.
             * @function toJSON
             * @memberof sinhtrac.v1.ExtractFaceTemplateRequest
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            ExtractFaceTemplateRequest.prototype.toJSON = function() {
                return ExtractFaceTemplateRequest.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for ExtractFaceTemplateRequest
             * @function getTypeUrl
             * @memberof sinhtrac.v1.ExtractFaceTemplateRequest
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            ExtractFaceTemplateRequest.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/sinhtrac.v1.ExtractFaceTemplateRequest";
            };

            return ExtractFaceTemplateRequest;
        })();

        v1.ExtractFaceTemplateResponse = (function() {

            /**
             * Properties of an ExtractFaceTemplateResponse.
             * @typedef {Object} sinhtrac.v1.ExtractFaceTemplateResponse.$Properties
             * @property {Uint8Array} [template] ExtractFaceTemplateResponse template
             * @property {string} [template_version] ExtractFaceTemplateResponse template_version
             * @property {sinhtrac.v1.FaceInfo.$Properties} [face] ExtractFaceTemplateResponse face
             * @property {Array.<sinhtrac.v1.Box.$Properties>} [other_faces] ExtractFaceTemplateResponse other_faces
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of an ExtractFaceTemplateResponse.
             * @memberof sinhtrac.v1
             * @interface IExtractFaceTemplateResponse
             * @augments sinhtrac.v1.ExtractFaceTemplateResponse.$Properties
             * @deprecated Use sinhtrac.v1.ExtractFaceTemplateResponse.$Properties instead.
             */

            /**
             * Shape of an ExtractFaceTemplateResponse.
             * @typedef {sinhtrac.v1.ExtractFaceTemplateResponse.$Properties} sinhtrac.v1.ExtractFaceTemplateResponse.$Shape
             */

            /**
             * Constructs a new ExtractFaceTemplateResponse.
             * @memberof sinhtrac.v1
             * @classdesc Represents an ExtractFaceTemplateResponse.
             * @constructor
             * @param {sinhtrac.v1.ExtractFaceTemplateResponse.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const ExtractFaceTemplateResponse = function (properties) {
                this.other_faces = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * ExtractFaceTemplateResponse template.
             * @member {Uint8Array} template
             * @memberof sinhtrac.v1.ExtractFaceTemplateResponse
             * @instance
             */
            ExtractFaceTemplateResponse.prototype.template = $util.newBuffer([]);

            /**
             * ExtractFaceTemplateResponse template_version.
             * @member {string} template_version
             * @memberof sinhtrac.v1.ExtractFaceTemplateResponse
             * @instance
             */
            ExtractFaceTemplateResponse.prototype.template_version = "";

            /**
             * ExtractFaceTemplateResponse face.
             * @member {sinhtrac.v1.FaceInfo} face
             * @memberof sinhtrac.v1.ExtractFaceTemplateResponse
             * @instance
             */
            ExtractFaceTemplateResponse.prototype.face = null;

            /**
             * ExtractFaceTemplateResponse other_faces.
             * @member {Array.<sinhtrac.v1.Box>} other_faces
             * @memberof sinhtrac.v1.ExtractFaceTemplateResponse
             * @instance
             */
            ExtractFaceTemplateResponse.prototype.other_faces = $util.emptyArray;

            /**
             * Creates a new ExtractFaceTemplateResponse instance using the specified properties.
             * @function create
             * @memberof sinhtrac.v1.ExtractFaceTemplateResponse
             * @static
             * @param {sinhtrac.v1.ExtractFaceTemplateResponse.$Properties=} [properties] Properties to set
             * @returns {sinhtrac.v1.ExtractFaceTemplateResponse} ExtractFaceTemplateResponse instance
             * @type {{
             *   (properties: sinhtrac.v1.ExtractFaceTemplateResponse.$Shape): sinhtrac.v1.ExtractFaceTemplateResponse & sinhtrac.v1.ExtractFaceTemplateResponse.$Shape;
             *   (properties?: sinhtrac.v1.ExtractFaceTemplateResponse.$Properties): sinhtrac.v1.ExtractFaceTemplateResponse;
             * }}
             */
            ExtractFaceTemplateResponse.create = function(properties) {
                return new ExtractFaceTemplateResponse(properties);
            };

            /**
             * Encodes the specified ExtractFaceTemplateResponse message. Does not implicitly {@link sinhtrac.v1.ExtractFaceTemplateResponse.verify|verify} messages.
             * @function encode
             * @memberof sinhtrac.v1.ExtractFaceTemplateResponse
             * @static
             * @param {sinhtrac.v1.ExtractFaceTemplateResponse.$Properties} message ExtractFaceTemplateResponse message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ExtractFaceTemplateResponse.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.template != null && $Object.hasOwnProperty.call(message, "template") && message.template.length)
                    writer.uint32(/* id 1, wireType 2 =*/10).bytes(message.template);
                if (message.template_version != null && $Object.hasOwnProperty.call(message, "template_version") && message.template_version !== "")
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.template_version);
                if (message.face != null && $Object.hasOwnProperty.call(message, "face"))
                    $root.sinhtrac.v1.FaceInfo.encode(message.face, writer.uint32(/* id 3, wireType 2 =*/26).fork(), _depth + 1).ldelim();
                if (message.other_faces != null && message.other_faces.length)
                    for (let i = 0; i < message.other_faces.length; ++i)
                        $root.sinhtrac.v1.Box.encode(message.other_faces[i], writer.uint32(/* id 4, wireType 2 =*/34).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes an ExtractFaceTemplateResponse message from the specified reader or buffer.
             * @function decode
             * @memberof sinhtrac.v1.ExtractFaceTemplateResponse
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {sinhtrac.v1.ExtractFaceTemplateResponse & sinhtrac.v1.ExtractFaceTemplateResponse.$Shape} ExtractFaceTemplateResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ExtractFaceTemplateResponse.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.sinhtrac.v1.ExtractFaceTemplateResponse();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message.template = value;
                            else
                                delete message.template;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.template_version = value;
                            else
                                delete message.template_version;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            message.face = $root.sinhtrac.v1.FaceInfo.decode(reader, reader.size(), $undefined, _depth + 1, message.face);
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            if (!(message.other_faces && message.other_faces.length))
                                message.other_faces = [];
                            message.other_faces.push($root.sinhtrac.v1.Box.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Verifies an ExtractFaceTemplateResponse message.
             * @function verify
             * @memberof sinhtrac.v1.ExtractFaceTemplateResponse
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            ExtractFaceTemplateResponse.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.template != null && $Object.hasOwnProperty.call(message, "template"))
                    if (!(message.template && typeof message.template.length === "number" || $util.isString(message.template)))
                        return "template: buffer expected";
                if (message.template_version != null && $Object.hasOwnProperty.call(message, "template_version"))
                    if (!$util.isString(message.template_version))
                        return "template_version: string expected";
                if (message.face != null && $Object.hasOwnProperty.call(message, "face")) {
                    let error = $root.sinhtrac.v1.FaceInfo.verify(message.face, _depth + 1);
                    if (error)
                        return "face." + error;
                }
                if (message.other_faces != null && $Object.hasOwnProperty.call(message, "other_faces")) {
                    if (!$Array.isArray(message.other_faces))
                        return "other_faces: array expected";
                    for (let i = 0; i < message.other_faces.length; ++i) {
                        let error = $root.sinhtrac.v1.Box.verify(message.other_faces[i], _depth + 1);
                        if (error)
                            return "other_faces." + error;
                    }
                }
                return null;
            };

            /**
             * Creates an ExtractFaceTemplateResponse message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof sinhtrac.v1.ExtractFaceTemplateResponse
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {sinhtrac.v1.ExtractFaceTemplateResponse} ExtractFaceTemplateResponse
             */
            ExtractFaceTemplateResponse.fromObject = function (object, _depth) {
                if (object instanceof $root.sinhtrac.v1.ExtractFaceTemplateResponse)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".sinhtrac.v1.ExtractFaceTemplateResponse: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.sinhtrac.v1.ExtractFaceTemplateResponse();
                if (object.template != null)
                    if (object.template.length)
                        if (typeof object.template === "string")
                            $util.base64.decode(object.template, message.template = $util.newBuffer($util.base64.length(object.template)), 0);
                        else if (object.template.length >= 0)
                            message.template = object.template;
                if (object.template_version != null)
                    if (typeof object.template_version !== "string" || object.template_version.length)
                        message.template_version = $String(object.template_version);
                if (object.face != null) {
                    if (!$util.isObject(object.face))
                        throw $TypeError(".sinhtrac.v1.ExtractFaceTemplateResponse.face: object expected");
                    message.face = $root.sinhtrac.v1.FaceInfo.fromObject(object.face, _depth + 1);
                }
                if (object.other_faces) {
                    if (!$Array.isArray(object.other_faces))
                        throw $TypeError(".sinhtrac.v1.ExtractFaceTemplateResponse.other_faces: array expected");
                    message.other_faces = $Array(object.other_faces.length);
                    for (let i = 0; i < object.other_faces.length; ++i) {
                        if (!$util.isObject(object.other_faces[i]))
                            throw $TypeError(".sinhtrac.v1.ExtractFaceTemplateResponse.other_faces: object expected");
                        message.other_faces[i] = $root.sinhtrac.v1.Box.fromObject(object.other_faces[i], _depth + 1);
                    }
                }
                return message;
            };

            /**
             * Creates a plain object from an ExtractFaceTemplateResponse message. Also converts values to other types if specified.
             * @function toObject
             * @memberof sinhtrac.v1.ExtractFaceTemplateResponse
             * @static
             * @param {sinhtrac.v1.ExtractFaceTemplateResponse} message ExtractFaceTemplateResponse
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            ExtractFaceTemplateResponse.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.arrays || options.defaults)
                    object.other_faces = [];
                if (options.defaults) {
                    if (options.bytes === $String)
                        object.template = "";
                    else {
                        object.template = [];
                        if (options.bytes !== $Array)
                            object.template = $util.newBuffer(object.template);
                    }
                    object.template_version = "";
                    object.face = null;
                }
                if (message.template != null && $Object.hasOwnProperty.call(message, "template"))
                    object.template = options.bytes === $String ? $util.base64.encode(message.template, 0, message.template.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.template) : message.template;
                if (message.template_version != null && $Object.hasOwnProperty.call(message, "template_version"))
                    object.template_version = message.template_version;
                if (message.face != null && $Object.hasOwnProperty.call(message, "face"))
                    object.face = $root.sinhtrac.v1.FaceInfo.toObject(message.face, options, _depth + 1);
                if (message.other_faces && message.other_faces.length) {
                    object.other_faces = $Array(message.other_faces.length);
                    for (let j = 0; j < message.other_faces.length; ++j)
                        object.other_faces[j] = $root.sinhtrac.v1.Box.toObject(message.other_faces[j], options, _depth + 1);
                }
                return object;
            };

            /**
             * Converts this ExtractFaceTemplateResponse to JSON.
             * @function toJSON
             * @memberof sinhtrac.v1.ExtractFaceTemplateResponse
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            ExtractFaceTemplateResponse.prototype.toJSON = function() {
                return ExtractFaceTemplateResponse.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for ExtractFaceTemplateResponse
             * @function getTypeUrl
             * @memberof sinhtrac.v1.ExtractFaceTemplateResponse
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            ExtractFaceTemplateResponse.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/sinhtrac.v1.ExtractFaceTemplateResponse";
            };

            return ExtractFaceTemplateResponse;
        })();

        v1.FingerSample = (function() {

            /**
             * Properties of a FingerSample.
             * @typedef {Object} sinhtrac.v1.FingerSample.$Properties
             * @property {number} [position] FingerSample position
             * @property {Uint8Array} [image] FingerSample image
             * @property {Uint8Array} [raw] FingerSample raw
             * @property {number} [width] FingerSample width
             * @property {number} [height] FingerSample height
             * @property {number} [dpi] FingerSample dpi
             * @property {Uint8Array} [template] FingerSample template
             * @property {string} [format] FingerSample format
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a FingerSample.
             * @memberof sinhtrac.v1
             * @interface IFingerSample
             * @augments sinhtrac.v1.FingerSample.$Properties
             * @deprecated Use sinhtrac.v1.FingerSample.$Properties instead.
             */

            /**
             * Shape of a FingerSample.
             * @typedef {sinhtrac.v1.FingerSample.$Properties} sinhtrac.v1.FingerSample.$Shape
             */

            /**
             * Constructs a new FingerSample.
             * @memberof sinhtrac.v1
             * @classdesc Represents a FingerSample.
             * @constructor
             * @param {sinhtrac.v1.FingerSample.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const FingerSample = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * FingerSample position.
             * @member {number} position
             * @memberof sinhtrac.v1.FingerSample
             * @instance
             */
            FingerSample.prototype.position = 0;

            /**
             * FingerSample image.
             * @member {Uint8Array} image
             * @memberof sinhtrac.v1.FingerSample
             * @instance
             */
            FingerSample.prototype.image = $util.newBuffer([]);

            /**
             * FingerSample raw.
             * @member {Uint8Array} raw
             * @memberof sinhtrac.v1.FingerSample
             * @instance
             */
            FingerSample.prototype.raw = $util.newBuffer([]);

            /**
             * FingerSample width.
             * @member {number} width
             * @memberof sinhtrac.v1.FingerSample
             * @instance
             */
            FingerSample.prototype.width = 0;

            /**
             * FingerSample height.
             * @member {number} height
             * @memberof sinhtrac.v1.FingerSample
             * @instance
             */
            FingerSample.prototype.height = 0;

            /**
             * FingerSample dpi.
             * @member {number} dpi
             * @memberof sinhtrac.v1.FingerSample
             * @instance
             */
            FingerSample.prototype.dpi = 0;

            /**
             * FingerSample template.
             * @member {Uint8Array} template
             * @memberof sinhtrac.v1.FingerSample
             * @instance
             */
            FingerSample.prototype.template = $util.newBuffer([]);

            /**
             * FingerSample format.
             * @member {string} format
             * @memberof sinhtrac.v1.FingerSample
             * @instance
             */
            FingerSample.prototype.format = "";

            /**
             * Creates a new FingerSample instance using the specified properties.
             * @function create
             * @memberof sinhtrac.v1.FingerSample
             * @static
             * @param {sinhtrac.v1.FingerSample.$Properties=} [properties] Properties to set
             * @returns {sinhtrac.v1.FingerSample} FingerSample instance
             * @type {{
             *   (properties: sinhtrac.v1.FingerSample.$Shape): sinhtrac.v1.FingerSample & sinhtrac.v1.FingerSample.$Shape;
             *   (properties?: sinhtrac.v1.FingerSample.$Properties): sinhtrac.v1.FingerSample;
             * }}
             */
            FingerSample.create = function(properties) {
                return new FingerSample(properties);
            };

            /**
             * Encodes the specified FingerSample message. Does not implicitly {@link sinhtrac.v1.FingerSample.verify|verify} messages.
             * @function encode
             * @memberof sinhtrac.v1.FingerSample
             * @static
             * @param {sinhtrac.v1.FingerSample.$Properties} message FingerSample message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            FingerSample.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.position != null && $Object.hasOwnProperty.call(message, "position") && message.position !== 0)
                    writer.uint32(/* id 1, wireType 0 =*/8).uint32(message.position);
                if (message.image != null && $Object.hasOwnProperty.call(message, "image") && message.image.length)
                    writer.uint32(/* id 2, wireType 2 =*/18).bytes(message.image);
                if (message.raw != null && $Object.hasOwnProperty.call(message, "raw") && message.raw.length)
                    writer.uint32(/* id 3, wireType 2 =*/26).bytes(message.raw);
                if (message.width != null && $Object.hasOwnProperty.call(message, "width") && message.width !== 0)
                    writer.uint32(/* id 4, wireType 0 =*/32).uint32(message.width);
                if (message.height != null && $Object.hasOwnProperty.call(message, "height") && message.height !== 0)
                    writer.uint32(/* id 5, wireType 0 =*/40).uint32(message.height);
                if (message.dpi != null && $Object.hasOwnProperty.call(message, "dpi") && message.dpi !== 0)
                    writer.uint32(/* id 6, wireType 0 =*/48).uint32(message.dpi);
                if (message.template != null && $Object.hasOwnProperty.call(message, "template") && message.template.length)
                    writer.uint32(/* id 7, wireType 2 =*/58).bytes(message.template);
                if (message.format != null && $Object.hasOwnProperty.call(message, "format") && message.format !== "")
                    writer.uint32(/* id 8, wireType 2 =*/66).string(message.format);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a FingerSample message from the specified reader or buffer.
             * @function decode
             * @memberof sinhtrac.v1.FingerSample
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {sinhtrac.v1.FingerSample & sinhtrac.v1.FingerSample.$Shape} FingerSample
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            FingerSample.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.sinhtrac.v1.FingerSample();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.position = value;
                            else
                                delete message.position;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message.image = value;
                            else
                                delete message.image;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message.raw = value;
                            else
                                delete message.raw;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.width = value;
                            else
                                delete message.width;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.height = value;
                            else
                                delete message.height;
                            continue;
                        }
                    case 6: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.dpi = value;
                            else
                                delete message.dpi;
                            continue;
                        }
                    case 7: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message.template = value;
                            else
                                delete message.template;
                            continue;
                        }
                    case 8: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.format = value;
                            else
                                delete message.format;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Verifies a FingerSample message.
             * @function verify
             * @memberof sinhtrac.v1.FingerSample
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            FingerSample.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.position != null && $Object.hasOwnProperty.call(message, "position"))
                    if (!$util.isInteger(message.position))
                        return "position: integer expected";
                if (message.image != null && $Object.hasOwnProperty.call(message, "image"))
                    if (!(message.image && typeof message.image.length === "number" || $util.isString(message.image)))
                        return "image: buffer expected";
                if (message.raw != null && $Object.hasOwnProperty.call(message, "raw"))
                    if (!(message.raw && typeof message.raw.length === "number" || $util.isString(message.raw)))
                        return "raw: buffer expected";
                if (message.width != null && $Object.hasOwnProperty.call(message, "width"))
                    if (!$util.isInteger(message.width))
                        return "width: integer expected";
                if (message.height != null && $Object.hasOwnProperty.call(message, "height"))
                    if (!$util.isInteger(message.height))
                        return "height: integer expected";
                if (message.dpi != null && $Object.hasOwnProperty.call(message, "dpi"))
                    if (!$util.isInteger(message.dpi))
                        return "dpi: integer expected";
                if (message.template != null && $Object.hasOwnProperty.call(message, "template"))
                    if (!(message.template && typeof message.template.length === "number" || $util.isString(message.template)))
                        return "template: buffer expected";
                if (message.format != null && $Object.hasOwnProperty.call(message, "format"))
                    if (!$util.isString(message.format))
                        return "format: string expected";
                return null;
            };

            /**
             * Creates a FingerSample message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof sinhtrac.v1.FingerSample
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {sinhtrac.v1.FingerSample} FingerSample
             */
            FingerSample.fromObject = function (object, _depth) {
                if (object instanceof $root.sinhtrac.v1.FingerSample)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".sinhtrac.v1.FingerSample: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.sinhtrac.v1.FingerSample();
                if (object.position != null)
                    if ($Number(object.position) !== 0)
                        message.position = object.position >>> 0;
                if (object.image != null)
                    if (object.image.length)
                        if (typeof object.image === "string")
                            $util.base64.decode(object.image, message.image = $util.newBuffer($util.base64.length(object.image)), 0);
                        else if (object.image.length >= 0)
                            message.image = object.image;
                if (object.raw != null)
                    if (object.raw.length)
                        if (typeof object.raw === "string")
                            $util.base64.decode(object.raw, message.raw = $util.newBuffer($util.base64.length(object.raw)), 0);
                        else if (object.raw.length >= 0)
                            message.raw = object.raw;
                if (object.width != null)
                    if ($Number(object.width) !== 0)
                        message.width = object.width >>> 0;
                if (object.height != null)
                    if ($Number(object.height) !== 0)
                        message.height = object.height >>> 0;
                if (object.dpi != null)
                    if ($Number(object.dpi) !== 0)
                        message.dpi = object.dpi >>> 0;
                if (object.template != null)
                    if (object.template.length)
                        if (typeof object.template === "string")
                            $util.base64.decode(object.template, message.template = $util.newBuffer($util.base64.length(object.template)), 0);
                        else if (object.template.length >= 0)
                            message.template = object.template;
                if (object.format != null)
                    if (typeof object.format !== "string" || object.format.length)
                        message.format = $String(object.format);
                return message;
            };

            /**
             * Creates a plain object from a FingerSample message. Also converts values to other types if specified.
             * @function toObject
             * @memberof sinhtrac.v1.FingerSample
             * @static
             * @param {sinhtrac.v1.FingerSample} message FingerSample
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            FingerSample.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.position = 0;
                    if (options.bytes === $String)
                        object.image = "";
                    else {
                        object.image = [];
                        if (options.bytes !== $Array)
                            object.image = $util.newBuffer(object.image);
                    }
                    if (options.bytes === $String)
                        object.raw = "";
                    else {
                        object.raw = [];
                        if (options.bytes !== $Array)
                            object.raw = $util.newBuffer(object.raw);
                    }
                    object.width = 0;
                    object.height = 0;
                    object.dpi = 0;
                    if (options.bytes === $String)
                        object.template = "";
                    else {
                        object.template = [];
                        if (options.bytes !== $Array)
                            object.template = $util.newBuffer(object.template);
                    }
                    object.format = "";
                }
                if (message.position != null && $Object.hasOwnProperty.call(message, "position"))
                    object.position = message.position;
                if (message.image != null && $Object.hasOwnProperty.call(message, "image"))
                    object.image = options.bytes === $String ? $util.base64.encode(message.image, 0, message.image.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.image) : message.image;
                if (message.raw != null && $Object.hasOwnProperty.call(message, "raw"))
                    object.raw = options.bytes === $String ? $util.base64.encode(message.raw, 0, message.raw.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.raw) : message.raw;
                if (message.width != null && $Object.hasOwnProperty.call(message, "width"))
                    object.width = message.width;
                if (message.height != null && $Object.hasOwnProperty.call(message, "height"))
                    object.height = message.height;
                if (message.dpi != null && $Object.hasOwnProperty.call(message, "dpi"))
                    object.dpi = message.dpi;
                if (message.template != null && $Object.hasOwnProperty.call(message, "template"))
                    object.template = options.bytes === $String ? $util.base64.encode(message.template, 0, message.template.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.template) : message.template;
                if (message.format != null && $Object.hasOwnProperty.call(message, "format"))
                    object.format = message.format;
                return object;
            };

            /**
             * Converts this FingerSample to JSON.
             * @function toJSON
             * @memberof sinhtrac.v1.FingerSample
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            FingerSample.prototype.toJSON = function() {
                return FingerSample.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for FingerSample
             * @function getTypeUrl
             * @memberof sinhtrac.v1.FingerSample
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            FingerSample.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/sinhtrac.v1.FingerSample";
            };

            return FingerSample;
        })();

        v1.ExtractFingerTemplateRequest = (function() {

            /**
             * Properties of an ExtractFingerTemplateRequest.
             * @typedef {Object} sinhtrac.v1.ExtractFingerTemplateRequest.$Properties
             * @property {Uint8Array} [image] ExtractFingerTemplateRequest image
             * @property {Uint8Array} [raw] ExtractFingerTemplateRequest raw
             * @property {number} [width] ExtractFingerTemplateRequest width
             * @property {number} [height] ExtractFingerTemplateRequest height
             * @property {number} [dpi] ExtractFingerTemplateRequest dpi
             * @property {number} [position] ExtractFingerTemplateRequest position
             * @property {string} [format] ExtractFingerTemplateRequest format
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of an ExtractFingerTemplateRequest.
             * @memberof sinhtrac.v1
             * @interface IExtractFingerTemplateRequest
             * @augments sinhtrac.v1.ExtractFingerTemplateRequest.$Properties
             * @deprecated Use sinhtrac.v1.ExtractFingerTemplateRequest.$Properties instead.
             */

            /**
             * Shape of an ExtractFingerTemplateRequest.
             * @typedef {sinhtrac.v1.ExtractFingerTemplateRequest.$Properties} sinhtrac.v1.ExtractFingerTemplateRequest.$Shape
             */

            /**
             * Constructs a new ExtractFingerTemplateRequest.
             * @memberof sinhtrac.v1
             * @classdesc Represents an ExtractFingerTemplateRequest.
             * @constructor
             * @param {sinhtrac.v1.ExtractFingerTemplateRequest.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const ExtractFingerTemplateRequest = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * ExtractFingerTemplateRequest image.
             * @member {Uint8Array} image
             * @memberof sinhtrac.v1.ExtractFingerTemplateRequest
             * @instance
             */
            ExtractFingerTemplateRequest.prototype.image = $util.newBuffer([]);

            /**
             * ExtractFingerTemplateRequest raw.
             * @member {Uint8Array} raw
             * @memberof sinhtrac.v1.ExtractFingerTemplateRequest
             * @instance
             */
            ExtractFingerTemplateRequest.prototype.raw = $util.newBuffer([]);

            /**
             * ExtractFingerTemplateRequest width.
             * @member {number} width
             * @memberof sinhtrac.v1.ExtractFingerTemplateRequest
             * @instance
             */
            ExtractFingerTemplateRequest.prototype.width = 0;

            /**
             * ExtractFingerTemplateRequest height.
             * @member {number} height
             * @memberof sinhtrac.v1.ExtractFingerTemplateRequest
             * @instance
             */
            ExtractFingerTemplateRequest.prototype.height = 0;

            /**
             * ExtractFingerTemplateRequest dpi.
             * @member {number} dpi
             * @memberof sinhtrac.v1.ExtractFingerTemplateRequest
             * @instance
             */
            ExtractFingerTemplateRequest.prototype.dpi = 0;

            /**
             * ExtractFingerTemplateRequest position.
             * @member {number} position
             * @memberof sinhtrac.v1.ExtractFingerTemplateRequest
             * @instance
             */
            ExtractFingerTemplateRequest.prototype.position = 0;

            /**
             * ExtractFingerTemplateRequest format.
             * @member {string} format
             * @memberof sinhtrac.v1.ExtractFingerTemplateRequest
             * @instance
             */
            ExtractFingerTemplateRequest.prototype.format = "";

            /**
             * Creates a new ExtractFingerTemplateRequest instance using the specified properties.
             * @function create
             * @memberof sinhtrac.v1.ExtractFingerTemplateRequest
             * @static
             * @param {sinhtrac.v1.ExtractFingerTemplateRequest.$Properties=} [properties] Properties to set
             * @returns {sinhtrac.v1.ExtractFingerTemplateRequest} ExtractFingerTemplateRequest instance
             * @type {{
             *   (properties: sinhtrac.v1.ExtractFingerTemplateRequest.$Shape): sinhtrac.v1.ExtractFingerTemplateRequest & sinhtrac.v1.ExtractFingerTemplateRequest.$Shape;
             *   (properties?: sinhtrac.v1.ExtractFingerTemplateRequest.$Properties): sinhtrac.v1.ExtractFingerTemplateRequest;
             * }}
             */
            ExtractFingerTemplateRequest.create = function(properties) {
                return new ExtractFingerTemplateRequest(properties);
            };

            /**
             * Encodes the specified ExtractFingerTemplateRequest message. Does not implicitly {@link sinhtrac.v1.ExtractFingerTemplateRequest.verify|verify} messages.
             * @function encode
             * @memberof sinhtrac.v1.ExtractFingerTemplateRequest
             * @static
             * @param {sinhtrac.v1.ExtractFingerTemplateRequest.$Properties} message ExtractFingerTemplateRequest message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ExtractFingerTemplateRequest.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.image != null && $Object.hasOwnProperty.call(message, "image") && message.image.length)
                    writer.uint32(/* id 1, wireType 2 =*/10).bytes(message.image);
                if (message.raw != null && $Object.hasOwnProperty.call(message, "raw") && message.raw.length)
                    writer.uint32(/* id 2, wireType 2 =*/18).bytes(message.raw);
                if (message.width != null && $Object.hasOwnProperty.call(message, "width") && message.width !== 0)
                    writer.uint32(/* id 3, wireType 0 =*/24).uint32(message.width);
                if (message.height != null && $Object.hasOwnProperty.call(message, "height") && message.height !== 0)
                    writer.uint32(/* id 4, wireType 0 =*/32).uint32(message.height);
                if (message.dpi != null && $Object.hasOwnProperty.call(message, "dpi") && message.dpi !== 0)
                    writer.uint32(/* id 5, wireType 0 =*/40).uint32(message.dpi);
                if (message.position != null && $Object.hasOwnProperty.call(message, "position") && message.position !== 0)
                    writer.uint32(/* id 6, wireType 0 =*/48).uint32(message.position);
                if (message.format != null && $Object.hasOwnProperty.call(message, "format") && message.format !== "")
                    writer.uint32(/* id 7, wireType 2 =*/58).string(message.format);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes an ExtractFingerTemplateRequest message from the specified reader or buffer.
             * @function decode
             * @memberof sinhtrac.v1.ExtractFingerTemplateRequest
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {sinhtrac.v1.ExtractFingerTemplateRequest & sinhtrac.v1.ExtractFingerTemplateRequest.$Shape} ExtractFingerTemplateRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ExtractFingerTemplateRequest.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.sinhtrac.v1.ExtractFingerTemplateRequest();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message.image = value;
                            else
                                delete message.image;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message.raw = value;
                            else
                                delete message.raw;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.width = value;
                            else
                                delete message.width;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.height = value;
                            else
                                delete message.height;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.dpi = value;
                            else
                                delete message.dpi;
                            continue;
                        }
                    case 6: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.position = value;
                            else
                                delete message.position;
                            continue;
                        }
                    case 7: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.format = value;
                            else
                                delete message.format;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Verifies an ExtractFingerTemplateRequest message.
             * @function verify
             * @memberof sinhtrac.v1.ExtractFingerTemplateRequest
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            ExtractFingerTemplateRequest.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.image != null && $Object.hasOwnProperty.call(message, "image"))
                    if (!(message.image && typeof message.image.length === "number" || $util.isString(message.image)))
                        return "image: buffer expected";
                if (message.raw != null && $Object.hasOwnProperty.call(message, "raw"))
                    if (!(message.raw && typeof message.raw.length === "number" || $util.isString(message.raw)))
                        return "raw: buffer expected";
                if (message.width != null && $Object.hasOwnProperty.call(message, "width"))
                    if (!$util.isInteger(message.width))
                        return "width: integer expected";
                if (message.height != null && $Object.hasOwnProperty.call(message, "height"))
                    if (!$util.isInteger(message.height))
                        return "height: integer expected";
                if (message.dpi != null && $Object.hasOwnProperty.call(message, "dpi"))
                    if (!$util.isInteger(message.dpi))
                        return "dpi: integer expected";
                if (message.position != null && $Object.hasOwnProperty.call(message, "position"))
                    if (!$util.isInteger(message.position))
                        return "position: integer expected";
                if (message.format != null && $Object.hasOwnProperty.call(message, "format"))
                    if (!$util.isString(message.format))
                        return "format: string expected";
                return null;
            };

            /**
             * Creates an ExtractFingerTemplateRequest message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof sinhtrac.v1.ExtractFingerTemplateRequest
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {sinhtrac.v1.ExtractFingerTemplateRequest} ExtractFingerTemplateRequest
             */
            ExtractFingerTemplateRequest.fromObject = function (object, _depth) {
                if (object instanceof $root.sinhtrac.v1.ExtractFingerTemplateRequest)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".sinhtrac.v1.ExtractFingerTemplateRequest: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.sinhtrac.v1.ExtractFingerTemplateRequest();
                if (object.image != null)
                    if (object.image.length)
                        if (typeof object.image === "string")
                            $util.base64.decode(object.image, message.image = $util.newBuffer($util.base64.length(object.image)), 0);
                        else if (object.image.length >= 0)
                            message.image = object.image;
                if (object.raw != null)
                    if (object.raw.length)
                        if (typeof object.raw === "string")
                            $util.base64.decode(object.raw, message.raw = $util.newBuffer($util.base64.length(object.raw)), 0);
                        else if (object.raw.length >= 0)
                            message.raw = object.raw;
                if (object.width != null)
                    if ($Number(object.width) !== 0)
                        message.width = object.width >>> 0;
                if (object.height != null)
                    if ($Number(object.height) !== 0)
                        message.height = object.height >>> 0;
                if (object.dpi != null)
                    if ($Number(object.dpi) !== 0)
                        message.dpi = object.dpi >>> 0;
                if (object.position != null)
                    if ($Number(object.position) !== 0)
                        message.position = object.position >>> 0;
                if (object.format != null)
                    if (typeof object.format !== "string" || object.format.length)
                        message.format = $String(object.format);
                return message;
            };

            /**
             * Creates a plain object from an ExtractFingerTemplateRequest message. Also converts values to other types if specified.
             * @function toObject
             * @memberof sinhtrac.v1.ExtractFingerTemplateRequest
             * @static
             * @param {sinhtrac.v1.ExtractFingerTemplateRequest} message ExtractFingerTemplateRequest
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            ExtractFingerTemplateRequest.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    if (options.bytes === $String)
                        object.image = "";
                    else {
                        object.image = [];
                        if (options.bytes !== $Array)
                            object.image = $util.newBuffer(object.image);
                    }
                    if (options.bytes === $String)
                        object.raw = "";
                    else {
                        object.raw = [];
                        if (options.bytes !== $Array)
                            object.raw = $util.newBuffer(object.raw);
                    }
                    object.width = 0;
                    object.height = 0;
                    object.dpi = 0;
                    object.position = 0;
                    object.format = "";
                }
                if (message.image != null && $Object.hasOwnProperty.call(message, "image"))
                    object.image = options.bytes === $String ? $util.base64.encode(message.image, 0, message.image.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.image) : message.image;
                if (message.raw != null && $Object.hasOwnProperty.call(message, "raw"))
                    object.raw = options.bytes === $String ? $util.base64.encode(message.raw, 0, message.raw.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.raw) : message.raw;
                if (message.width != null && $Object.hasOwnProperty.call(message, "width"))
                    object.width = message.width;
                if (message.height != null && $Object.hasOwnProperty.call(message, "height"))
                    object.height = message.height;
                if (message.dpi != null && $Object.hasOwnProperty.call(message, "dpi"))
                    object.dpi = message.dpi;
                if (message.position != null && $Object.hasOwnProperty.call(message, "position"))
                    object.position = message.position;
                if (message.format != null && $Object.hasOwnProperty.call(message, "format"))
                    object.format = message.format;
                return object;
            };

            /**
             * Converts this ExtractFingerTemplateRequest to JSON.
             * @function toJSON
             * @memberof sinhtrac.v1.ExtractFingerTemplateRequest
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            ExtractFingerTemplateRequest.prototype.toJSON = function() {
                return ExtractFingerTemplateRequest.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for ExtractFingerTemplateRequest
             * @function getTypeUrl
             * @memberof sinhtrac.v1.ExtractFingerTemplateRequest
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            ExtractFingerTemplateRequest.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/sinhtrac.v1.ExtractFingerTemplateRequest";
            };

            return ExtractFingerTemplateRequest;
        })();

        v1.Minutia = (function() {

            /**
             * Properties of a Minutia.
             * @typedef {Object} sinhtrac.v1.Minutia.$Properties
             * @property {number} [x] Minutia x
             * @property {number} [y] Minutia y
             * @property {number} [angle_deg] Minutia angle_deg
             * @property {string} [type] Minutia type
             * @property {number} [quality] Minutia quality
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a Minutia.
             * @memberof sinhtrac.v1
             * @interface IMinutia
             * @augments sinhtrac.v1.Minutia.$Properties
             * @deprecated Use sinhtrac.v1.Minutia.$Properties instead.
             */

            /**
             * Shape of a Minutia.
             * @typedef {sinhtrac.v1.Minutia.$Properties} sinhtrac.v1.Minutia.$Shape
             */

            /**
             * Constructs a new Minutia.
             * @memberof sinhtrac.v1
             * @classdesc Represents a Minutia.
             * @constructor
             * @param {sinhtrac.v1.Minutia.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Minutia = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Minutia x.
             * @member {number} x
             * @memberof sinhtrac.v1.Minutia
             * @instance
             */
            Minutia.prototype.x = 0;

            /**
             * Minutia y.
             * @member {number} y
             * @memberof sinhtrac.v1.Minutia
             * @instance
             */
            Minutia.prototype.y = 0;

            /**
             * Minutia angle_deg.
             * @member {number} angle_deg
             * @memberof sinhtrac.v1.Minutia
             * @instance
             */
            Minutia.prototype.angle_deg = 0;

            /**
             * Minutia type.
             * @member {string} type
             * @memberof sinhtrac.v1.Minutia
             * @instance
             */
            Minutia.prototype.type = "";

            /**
             * Minutia quality.
             * @member {number} quality
             * @memberof sinhtrac.v1.Minutia
             * @instance
             */
            Minutia.prototype.quality = 0;

            /**
             * Creates a new Minutia instance using the specified properties.
             * @function create
             * @memberof sinhtrac.v1.Minutia
             * @static
             * @param {sinhtrac.v1.Minutia.$Properties=} [properties] Properties to set
             * @returns {sinhtrac.v1.Minutia} Minutia instance
             * @type {{
             *   (properties: sinhtrac.v1.Minutia.$Shape): sinhtrac.v1.Minutia & sinhtrac.v1.Minutia.$Shape;
             *   (properties?: sinhtrac.v1.Minutia.$Properties): sinhtrac.v1.Minutia;
             * }}
             */
            Minutia.create = function(properties) {
                return new Minutia(properties);
            };

            /**
             * Encodes the specified Minutia message. Does not implicitly {@link sinhtrac.v1.Minutia.verify|verify} messages.
             * @function encode
             * @memberof sinhtrac.v1.Minutia
             * @static
             * @param {sinhtrac.v1.Minutia.$Properties} message Minutia message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Minutia.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.x != null && $Object.hasOwnProperty.call(message, "x") && message.x !== 0)
                    writer.uint32(/* id 1, wireType 0 =*/8).int32(message.x);
                if (message.y != null && $Object.hasOwnProperty.call(message, "y") && message.y !== 0)
                    writer.uint32(/* id 2, wireType 0 =*/16).int32(message.y);
                if (message.angle_deg != null && $Object.hasOwnProperty.call(message, "angle_deg") && !$Object.is(message.angle_deg, 0))
                    writer.uint32(/* id 3, wireType 5 =*/29).float(message.angle_deg);
                if (message.type != null && $Object.hasOwnProperty.call(message, "type") && message.type !== "")
                    writer.uint32(/* id 4, wireType 2 =*/34).string(message.type);
                if (message.quality != null && $Object.hasOwnProperty.call(message, "quality") && message.quality !== 0)
                    writer.uint32(/* id 5, wireType 0 =*/40).uint32(message.quality);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a Minutia message from the specified reader or buffer.
             * @function decode
             * @memberof sinhtrac.v1.Minutia
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {sinhtrac.v1.Minutia & sinhtrac.v1.Minutia.$Shape} Minutia
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Minutia.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.sinhtrac.v1.Minutia();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.int32())
                                message.x = value;
                            else
                                delete message.x;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.int32())
                                message.y = value;
                            else
                                delete message.y;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 5)
                                break;
                            if (!$Object.is(value = reader.float(), 0))
                                message.angle_deg = value;
                            else
                                delete message.angle_deg;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.type = value;
                            else
                                delete message.type;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.quality = value;
                            else
                                delete message.quality;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Verifies a Minutia message.
             * @function verify
             * @memberof sinhtrac.v1.Minutia
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            Minutia.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.x != null && $Object.hasOwnProperty.call(message, "x"))
                    if (!$util.isInteger(message.x))
                        return "x: integer expected";
                if (message.y != null && $Object.hasOwnProperty.call(message, "y"))
                    if (!$util.isInteger(message.y))
                        return "y: integer expected";
                if (message.angle_deg != null && $Object.hasOwnProperty.call(message, "angle_deg"))
                    if (typeof message.angle_deg !== "number")
                        return "angle_deg: number expected";
                if (message.type != null && $Object.hasOwnProperty.call(message, "type"))
                    if (!$util.isString(message.type))
                        return "type: string expected";
                if (message.quality != null && $Object.hasOwnProperty.call(message, "quality"))
                    if (!$util.isInteger(message.quality))
                        return "quality: integer expected";
                return null;
            };

            /**
             * Creates a Minutia message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof sinhtrac.v1.Minutia
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {sinhtrac.v1.Minutia} Minutia
             */
            Minutia.fromObject = function (object, _depth) {
                if (object instanceof $root.sinhtrac.v1.Minutia)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".sinhtrac.v1.Minutia: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.sinhtrac.v1.Minutia();
                if (object.x != null)
                    if ($Number(object.x) !== 0)
                        message.x = object.x | 0;
                if (object.y != null)
                    if ($Number(object.y) !== 0)
                        message.y = object.y | 0;
                if (object.angle_deg != null)
                    if (!$Object.is($Number(object.angle_deg), 0))
                        message.angle_deg = $Number(object.angle_deg);
                if (object.type != null)
                    if (typeof object.type !== "string" || object.type.length)
                        message.type = $String(object.type);
                if (object.quality != null)
                    if ($Number(object.quality) !== 0)
                        message.quality = object.quality >>> 0;
                return message;
            };

            /**
             * Creates a plain object from a Minutia message. Also converts values to other types if specified.
             * @function toObject
             * @memberof sinhtrac.v1.Minutia
             * @static
             * @param {sinhtrac.v1.Minutia} message Minutia
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            Minutia.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.x = 0;
                    object.y = 0;
                    object.angle_deg = 0;
                    object.type = "";
                    object.quality = 0;
                }
                if (message.x != null && $Object.hasOwnProperty.call(message, "x"))
                    object.x = message.x;
                if (message.y != null && $Object.hasOwnProperty.call(message, "y"))
                    object.y = message.y;
                if (message.angle_deg != null && $Object.hasOwnProperty.call(message, "angle_deg"))
                    object.angle_deg = options.json && !$isFinite(message.angle_deg) ? $String(message.angle_deg) : message.angle_deg;
                if (message.type != null && $Object.hasOwnProperty.call(message, "type"))
                    object.type = message.type;
                if (message.quality != null && $Object.hasOwnProperty.call(message, "quality"))
                    object.quality = message.quality;
                return object;
            };

            /**
             * Converts this Minutia to JSON.
             * @function toJSON
             * @memberof sinhtrac.v1.Minutia
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            Minutia.prototype.toJSON = function() {
                return Minutia.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for Minutia
             * @function getTypeUrl
             * @memberof sinhtrac.v1.Minutia
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            Minutia.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/sinhtrac.v1.Minutia";
            };

            return Minutia;
        })();

        v1.ExtractFingerTemplateResponse = (function() {

            /**
             * Properties of an ExtractFingerTemplateResponse.
             * @typedef {Object} sinhtrac.v1.ExtractFingerTemplateResponse.$Properties
             * @property {Uint8Array} [template] ExtractFingerTemplateResponse template
             * @property {string} [format] ExtractFingerTemplateResponse format
             * @property {number} [quality] ExtractFingerTemplateResponse quality
             * @property {number} [minutiae_count] ExtractFingerTemplateResponse minutiae_count
             * @property {number} [width] ExtractFingerTemplateResponse width
             * @property {number} [height] ExtractFingerTemplateResponse height
             * @property {Array.<sinhtrac.v1.Minutia.$Properties>} [minutiae] ExtractFingerTemplateResponse minutiae
             * @property {Array.<string>} [quality_feedback] ExtractFingerTemplateResponse quality_feedback
             * @property {number} [dpi] ExtractFingerTemplateResponse dpi
             * @property {string} [dpi_source] ExtractFingerTemplateResponse dpi_source
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of an ExtractFingerTemplateResponse.
             * @memberof sinhtrac.v1
             * @interface IExtractFingerTemplateResponse
             * @augments sinhtrac.v1.ExtractFingerTemplateResponse.$Properties
             * @deprecated Use sinhtrac.v1.ExtractFingerTemplateResponse.$Properties instead.
             */

            /**
             * Shape of an ExtractFingerTemplateResponse.
             * @typedef {sinhtrac.v1.ExtractFingerTemplateResponse.$Properties} sinhtrac.v1.ExtractFingerTemplateResponse.$Shape
             */

            /**
             * Constructs a new ExtractFingerTemplateResponse.
             * @memberof sinhtrac.v1
             * @classdesc Represents an ExtractFingerTemplateResponse.
             * @constructor
             * @param {sinhtrac.v1.ExtractFingerTemplateResponse.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const ExtractFingerTemplateResponse = function (properties) {
                this.minutiae = [];
                this.quality_feedback = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * ExtractFingerTemplateResponse template.
             * @member {Uint8Array} template
             * @memberof sinhtrac.v1.ExtractFingerTemplateResponse
             * @instance
             */
            ExtractFingerTemplateResponse.prototype.template = $util.newBuffer([]);

            /**
             * ExtractFingerTemplateResponse format.
             * @member {string} format
             * @memberof sinhtrac.v1.ExtractFingerTemplateResponse
             * @instance
             */
            ExtractFingerTemplateResponse.prototype.format = "";

            /**
             * ExtractFingerTemplateResponse quality.
             * @member {number} quality
             * @memberof sinhtrac.v1.ExtractFingerTemplateResponse
             * @instance
             */
            ExtractFingerTemplateResponse.prototype.quality = 0;

            /**
             * ExtractFingerTemplateResponse minutiae_count.
             * @member {number} minutiae_count
             * @memberof sinhtrac.v1.ExtractFingerTemplateResponse
             * @instance
             */
            ExtractFingerTemplateResponse.prototype.minutiae_count = 0;

            /**
             * ExtractFingerTemplateResponse width.
             * @member {number} width
             * @memberof sinhtrac.v1.ExtractFingerTemplateResponse
             * @instance
             */
            ExtractFingerTemplateResponse.prototype.width = 0;

            /**
             * ExtractFingerTemplateResponse height.
             * @member {number} height
             * @memberof sinhtrac.v1.ExtractFingerTemplateResponse
             * @instance
             */
            ExtractFingerTemplateResponse.prototype.height = 0;

            /**
             * ExtractFingerTemplateResponse minutiae.
             * @member {Array.<sinhtrac.v1.Minutia>} minutiae
             * @memberof sinhtrac.v1.ExtractFingerTemplateResponse
             * @instance
             */
            ExtractFingerTemplateResponse.prototype.minutiae = $util.emptyArray;

            /**
             * ExtractFingerTemplateResponse quality_feedback.
             * @member {Array.<string>} quality_feedback
             * @memberof sinhtrac.v1.ExtractFingerTemplateResponse
             * @instance
             */
            ExtractFingerTemplateResponse.prototype.quality_feedback = $util.emptyArray;

            /**
             * ExtractFingerTemplateResponse dpi.
             * @member {number} dpi
             * @memberof sinhtrac.v1.ExtractFingerTemplateResponse
             * @instance
             */
            ExtractFingerTemplateResponse.prototype.dpi = 0;

            /**
             * ExtractFingerTemplateResponse dpi_source.
             * @member {string} dpi_source
             * @memberof sinhtrac.v1.ExtractFingerTemplateResponse
             * @instance
             */
            ExtractFingerTemplateResponse.prototype.dpi_source = "";

            /**
             * Creates a new ExtractFingerTemplateResponse instance using the specified properties.
             * @function create
             * @memberof sinhtrac.v1.ExtractFingerTemplateResponse
             * @static
             * @param {sinhtrac.v1.ExtractFingerTemplateResponse.$Properties=} [properties] Properties to set
             * @returns {sinhtrac.v1.ExtractFingerTemplateResponse} ExtractFingerTemplateResponse instance
             * @type {{
             *   (properties: sinhtrac.v1.ExtractFingerTemplateResponse.$Shape): sinhtrac.v1.ExtractFingerTemplateResponse & sinhtrac.v1.ExtractFingerTemplateResponse.$Shape;
             *   (properties?: sinhtrac.v1.ExtractFingerTemplateResponse.$Properties): sinhtrac.v1.ExtractFingerTemplateResponse;
             * }}
             */
            ExtractFingerTemplateResponse.create = function(properties) {
                return new ExtractFingerTemplateResponse(properties);
            };

            /**
             * Encodes the specified ExtractFingerTemplateResponse message. Does not implicitly {@link sinhtrac.v1.ExtractFingerTemplateResponse.verify|verify} messages.
             * @function encode
             * @memberof sinhtrac.v1.ExtractFingerTemplateResponse
             * @static
             * @param {sinhtrac.v1.ExtractFingerTemplateResponse.$Properties} message ExtractFingerTemplateResponse message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ExtractFingerTemplateResponse.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.template != null && $Object.hasOwnProperty.call(message, "template") && message.template.length)
                    writer.uint32(/* id 1, wireType 2 =*/10).bytes(message.template);
                if (message.format != null && $Object.hasOwnProperty.call(message, "format") && message.format !== "")
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.format);
                if (message.quality != null && $Object.hasOwnProperty.call(message, "quality") && message.quality !== 0)
                    writer.uint32(/* id 3, wireType 0 =*/24).uint32(message.quality);
                if (message.minutiae_count != null && $Object.hasOwnProperty.call(message, "minutiae_count") && message.minutiae_count !== 0)
                    writer.uint32(/* id 4, wireType 0 =*/32).uint32(message.minutiae_count);
                if (message.width != null && $Object.hasOwnProperty.call(message, "width") && message.width !== 0)
                    writer.uint32(/* id 5, wireType 0 =*/40).uint32(message.width);
                if (message.height != null && $Object.hasOwnProperty.call(message, "height") && message.height !== 0)
                    writer.uint32(/* id 6, wireType 0 =*/48).uint32(message.height);
                if (message.minutiae != null && message.minutiae.length)
                    for (let i = 0; i < message.minutiae.length; ++i)
                        $root.sinhtrac.v1.Minutia.encode(message.minutiae[i], writer.uint32(/* id 7, wireType 2 =*/58).fork(), _depth + 1).ldelim();
                if (message.quality_feedback != null && message.quality_feedback.length)
                    for (let i = 0; i < message.quality_feedback.length; ++i)
                        writer.uint32(/* id 8, wireType 2 =*/66).string(message.quality_feedback[i]);
                if (message.dpi != null && $Object.hasOwnProperty.call(message, "dpi") && message.dpi !== 0)
                    writer.uint32(/* id 12, wireType 0 =*/96).uint32(message.dpi);
                if (message.dpi_source != null && $Object.hasOwnProperty.call(message, "dpi_source") && message.dpi_source !== "")
                    writer.uint32(/* id 13, wireType 2 =*/106).string(message.dpi_source);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes an ExtractFingerTemplateResponse message from the specified reader or buffer.
             * @function decode
             * @memberof sinhtrac.v1.ExtractFingerTemplateResponse
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {sinhtrac.v1.ExtractFingerTemplateResponse & sinhtrac.v1.ExtractFingerTemplateResponse.$Shape} ExtractFingerTemplateResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ExtractFingerTemplateResponse.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.sinhtrac.v1.ExtractFingerTemplateResponse();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message.template = value;
                            else
                                delete message.template;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.format = value;
                            else
                                delete message.format;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.quality = value;
                            else
                                delete message.quality;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.minutiae_count = value;
                            else
                                delete message.minutiae_count;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.width = value;
                            else
                                delete message.width;
                            continue;
                        }
                    case 6: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.height = value;
                            else
                                delete message.height;
                            continue;
                        }
                    case 7: {
                            if (wireType !== 2)
                                break;
                            if (!(message.minutiae && message.minutiae.length))
                                message.minutiae = [];
                            message.minutiae.push($root.sinhtrac.v1.Minutia.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    case 8: {
                            if (wireType !== 2)
                                break;
                            if (!(message.quality_feedback && message.quality_feedback.length))
                                message.quality_feedback = [];
                            message.quality_feedback.push(reader.stringVerify());
                            continue;
                        }
                    case 12: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.dpi = value;
                            else
                                delete message.dpi;
                            continue;
                        }
                    case 13: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.dpi_source = value;
                            else
                                delete message.dpi_source;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Verifies an ExtractFingerTemplateResponse message.
             * @function verify
             * @memberof sinhtrac.v1.ExtractFingerTemplateResponse
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            ExtractFingerTemplateResponse.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.template != null && $Object.hasOwnProperty.call(message, "template"))
                    if (!(message.template && typeof message.template.length === "number" || $util.isString(message.template)))
                        return "template: buffer expected";
                if (message.format != null && $Object.hasOwnProperty.call(message, "format"))
                    if (!$util.isString(message.format))
                        return "format: string expected";
                if (message.quality != null && $Object.hasOwnProperty.call(message, "quality"))
                    if (!$util.isInteger(message.quality))
                        return "quality: integer expected";
                if (message.minutiae_count != null && $Object.hasOwnProperty.call(message, "minutiae_count"))
                    if (!$util.isInteger(message.minutiae_count))
                        return "minutiae_count: integer expected";
                if (message.width != null && $Object.hasOwnProperty.call(message, "width"))
                    if (!$util.isInteger(message.width))
                        return "width: integer expected";
                if (message.height != null && $Object.hasOwnProperty.call(message, "height"))
                    if (!$util.isInteger(message.height))
                        return "height: integer expected";
                if (message.minutiae != null && $Object.hasOwnProperty.call(message, "minutiae")) {
                    if (!$Array.isArray(message.minutiae))
                        return "minutiae: array expected";
                    for (let i = 0; i < message.minutiae.length; ++i) {
                        let error = $root.sinhtrac.v1.Minutia.verify(message.minutiae[i], _depth + 1);
                        if (error)
                            return "minutiae." + error;
                    }
                }
                if (message.quality_feedback != null && $Object.hasOwnProperty.call(message, "quality_feedback")) {
                    if (!$Array.isArray(message.quality_feedback))
                        return "quality_feedback: array expected";
                    for (let i = 0; i < message.quality_feedback.length; ++i)
                        if (!$util.isString(message.quality_feedback[i]))
                            return "quality_feedback: string[] expected";
                }
                if (message.dpi != null && $Object.hasOwnProperty.call(message, "dpi"))
                    if (!$util.isInteger(message.dpi))
                        return "dpi: integer expected";
                if (message.dpi_source != null && $Object.hasOwnProperty.call(message, "dpi_source"))
                    if (!$util.isString(message.dpi_source))
                        return "dpi_source: string expected";
                return null;
            };

            /**
             * Creates an ExtractFingerTemplateResponse message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof sinhtrac.v1.ExtractFingerTemplateResponse
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {sinhtrac.v1.ExtractFingerTemplateResponse} ExtractFingerTemplateResponse
             */
            ExtractFingerTemplateResponse.fromObject = function (object, _depth) {
                if (object instanceof $root.sinhtrac.v1.ExtractFingerTemplateResponse)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".sinhtrac.v1.ExtractFingerTemplateResponse: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.sinhtrac.v1.ExtractFingerTemplateResponse();
                if (object.template != null)
                    if (object.template.length)
                        if (typeof object.template === "string")
                            $util.base64.decode(object.template, message.template = $util.newBuffer($util.base64.length(object.template)), 0);
                        else if (object.template.length >= 0)
                            message.template = object.template;
                if (object.format != null)
                    if (typeof object.format !== "string" || object.format.length)
                        message.format = $String(object.format);
                if (object.quality != null)
                    if ($Number(object.quality) !== 0)
                        message.quality = object.quality >>> 0;
                if (object.minutiae_count != null)
                    if ($Number(object.minutiae_count) !== 0)
                        message.minutiae_count = object.minutiae_count >>> 0;
                if (object.width != null)
                    if ($Number(object.width) !== 0)
                        message.width = object.width >>> 0;
                if (object.height != null)
                    if ($Number(object.height) !== 0)
                        message.height = object.height >>> 0;
                if (object.minutiae) {
                    if (!$Array.isArray(object.minutiae))
                        throw $TypeError(".sinhtrac.v1.ExtractFingerTemplateResponse.minutiae: array expected");
                    message.minutiae = $Array(object.minutiae.length);
                    for (let i = 0; i < object.minutiae.length; ++i) {
                        if (!$util.isObject(object.minutiae[i]))
                            throw $TypeError(".sinhtrac.v1.ExtractFingerTemplateResponse.minutiae: object expected");
                        message.minutiae[i] = $root.sinhtrac.v1.Minutia.fromObject(object.minutiae[i], _depth + 1);
                    }
                }
                if (object.quality_feedback) {
                    if (!$Array.isArray(object.quality_feedback))
                        throw $TypeError(".sinhtrac.v1.ExtractFingerTemplateResponse.quality_feedback: array expected");
                    message.quality_feedback = $Array(object.quality_feedback.length);
                    for (let i = 0; i < object.quality_feedback.length; ++i)
                        message.quality_feedback[i] = $String(object.quality_feedback[i]);
                }
                if (object.dpi != null)
                    if ($Number(object.dpi) !== 0)
                        message.dpi = object.dpi >>> 0;
                if (object.dpi_source != null)
                    if (typeof object.dpi_source !== "string" || object.dpi_source.length)
                        message.dpi_source = $String(object.dpi_source);
                return message;
            };

            /**
             * Creates a plain object from an ExtractFingerTemplateResponse message. Also converts values to other types if specified.
             * @function toObject
             * @memberof sinhtrac.v1.ExtractFingerTemplateResponse
             * @static
             * @param {sinhtrac.v1.ExtractFingerTemplateResponse} message ExtractFingerTemplateResponse
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            ExtractFingerTemplateResponse.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.arrays || options.defaults) {
                    object.minutiae = [];
                    object.quality_feedback = [];
                }
                if (options.defaults) {
                    if (options.bytes === $String)
                        object.template = "";
                    else {
                        object.template = [];
                        if (options.bytes !== $Array)
                            object.template = $util.newBuffer(object.template);
                    }
                    object.format = "";
                    object.quality = 0;
                    object.minutiae_count = 0;
                    object.width = 0;
                    object.height = 0;
                    object.dpi = 0;
                    object.dpi_source = "";
                }
                if (message.template != null && $Object.hasOwnProperty.call(message, "template"))
                    object.template = options.bytes === $String ? $util.base64.encode(message.template, 0, message.template.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.template) : message.template;
                if (message.format != null && $Object.hasOwnProperty.call(message, "format"))
                    object.format = message.format;
                if (message.quality != null && $Object.hasOwnProperty.call(message, "quality"))
                    object.quality = message.quality;
                if (message.minutiae_count != null && $Object.hasOwnProperty.call(message, "minutiae_count"))
                    object.minutiae_count = message.minutiae_count;
                if (message.width != null && $Object.hasOwnProperty.call(message, "width"))
                    object.width = message.width;
                if (message.height != null && $Object.hasOwnProperty.call(message, "height"))
                    object.height = message.height;
                if (message.minutiae && message.minutiae.length) {
                    object.minutiae = $Array(message.minutiae.length);
                    for (let j = 0; j < message.minutiae.length; ++j)
                        object.minutiae[j] = $root.sinhtrac.v1.Minutia.toObject(message.minutiae[j], options, _depth + 1);
                }
                if (message.quality_feedback && message.quality_feedback.length) {
                    object.quality_feedback = $Array(message.quality_feedback.length);
                    for (let j = 0; j < message.quality_feedback.length; ++j)
                        object.quality_feedback[j] = message.quality_feedback[j];
                }
                if (message.dpi != null && $Object.hasOwnProperty.call(message, "dpi"))
                    object.dpi = message.dpi;
                if (message.dpi_source != null && $Object.hasOwnProperty.call(message, "dpi_source"))
                    object.dpi_source = message.dpi_source;
                return object;
            };

            /**
             * Converts this ExtractFingerTemplateResponse to JSON.
             * @function toJSON
             * @memberof sinhtrac.v1.ExtractFingerTemplateResponse
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            ExtractFingerTemplateResponse.prototype.toJSON = function() {
                return ExtractFingerTemplateResponse.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for ExtractFingerTemplateResponse
             * @function getTypeUrl
             * @memberof sinhtrac.v1.ExtractFingerTemplateResponse
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            ExtractFingerTemplateResponse.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/sinhtrac.v1.ExtractFingerTemplateResponse";
            };

            return ExtractFingerTemplateResponse;
        })();

        v1.FingerScore = (function() {

            /**
             * Properties of a FingerScore.
             * @typedef {Object} sinhtrac.v1.FingerScore.$Properties
             * @property {number} [position] FingerScore position
             * @property {number} [score] FingerScore score
             * @property {boolean} [match] FingerScore match
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a FingerScore.
             * @memberof sinhtrac.v1
             * @interface IFingerScore
             * @augments sinhtrac.v1.FingerScore.$Properties
             * @deprecated Use sinhtrac.v1.FingerScore.$Properties instead.
             */

            /**
             * Shape of a FingerScore.
             * @typedef {sinhtrac.v1.FingerScore.$Properties} sinhtrac.v1.FingerScore.$Shape
             */

            /**
             * Constructs a new FingerScore.
             * @memberof sinhtrac.v1
             * @classdesc Represents a FingerScore.
             * @constructor
             * @param {sinhtrac.v1.FingerScore.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const FingerScore = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * FingerScore position.
             * @member {number} position
             * @memberof sinhtrac.v1.FingerScore
             * @instance
             */
            FingerScore.prototype.position = 0;

            /**
             * FingerScore score.
             * @member {number} score
             * @memberof sinhtrac.v1.FingerScore
             * @instance
             */
            FingerScore.prototype.score = 0;

            /**
             * FingerScore match.
             * @member {boolean} match
             * @memberof sinhtrac.v1.FingerScore
             * @instance
             */
            FingerScore.prototype.match = false;

            /**
             * Creates a new FingerScore instance using the specified properties.
             * @function create
             * @memberof sinhtrac.v1.FingerScore
             * @static
             * @param {sinhtrac.v1.FingerScore.$Properties=} [properties] Properties to set
             * @returns {sinhtrac.v1.FingerScore} FingerScore instance
             * @type {{
             *   (properties: sinhtrac.v1.FingerScore.$Shape): sinhtrac.v1.FingerScore & sinhtrac.v1.FingerScore.$Shape;
             *   (properties?: sinhtrac.v1.FingerScore.$Properties): sinhtrac.v1.FingerScore;
             * }}
             */
            FingerScore.create = function(properties) {
                return new FingerScore(properties);
            };

            /**
             * Encodes the specified FingerScore message. Does not implicitly {@link sinhtrac.v1.FingerScore.verify|verify} messages.
             * @function encode
             * @memberof sinhtrac.v1.FingerScore
             * @static
             * @param {sinhtrac.v1.FingerScore.$Properties} message FingerScore message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            FingerScore.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.position != null && $Object.hasOwnProperty.call(message, "position") && message.position !== 0)
                    writer.uint32(/* id 1, wireType 0 =*/8).uint32(message.position);
                if (message.score != null && $Object.hasOwnProperty.call(message, "score") && !$Object.is(message.score, 0))
                    writer.uint32(/* id 2, wireType 1 =*/17).double(message.score);
                if (message.match != null && $Object.hasOwnProperty.call(message, "match") && message.match !== false)
                    writer.uint32(/* id 3, wireType 0 =*/24).bool(message.match);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a FingerScore message from the specified reader or buffer.
             * @function decode
             * @memberof sinhtrac.v1.FingerScore
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {sinhtrac.v1.FingerScore & sinhtrac.v1.FingerScore.$Shape} FingerScore
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            FingerScore.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.sinhtrac.v1.FingerScore();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.position = value;
                            else
                                delete message.position;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 1)
                                break;
                            if (!$Object.is(value = reader.double(), 0))
                                message.score = value;
                            else
                                delete message.score;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.bool())
                                message.match = value;
                            else
                                delete message.match;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Verifies a FingerScore message.
             * @function verify
             * @memberof sinhtrac.v1.FingerScore
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            FingerScore.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.position != null && $Object.hasOwnProperty.call(message, "position"))
                    if (!$util.isInteger(message.position))
                        return "position: integer expected";
                if (message.score != null && $Object.hasOwnProperty.call(message, "score"))
                    if (typeof message.score !== "number")
                        return "score: number expected";
                if (message.match != null && $Object.hasOwnProperty.call(message, "match"))
                    if (typeof message.match !== "boolean")
                        return "match: boolean expected";
                return null;
            };

            /**
             * Creates a FingerScore message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof sinhtrac.v1.FingerScore
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {sinhtrac.v1.FingerScore} FingerScore
             */
            FingerScore.fromObject = function (object, _depth) {
                if (object instanceof $root.sinhtrac.v1.FingerScore)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".sinhtrac.v1.FingerScore: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.sinhtrac.v1.FingerScore();
                if (object.position != null)
                    if ($Number(object.position) !== 0)
                        message.position = object.position >>> 0;
                if (object.score != null)
                    if (!$Object.is($Number(object.score), 0))
                        message.score = $Number(object.score);
                if (object.match != null)
                    if (object.match)
                        message.match = $Boolean(object.match);
                return message;
            };

            /**
             * Creates a plain object from a FingerScore message. Also converts values to other types if specified.
             * @function toObject
             * @memberof sinhtrac.v1.FingerScore
             * @static
             * @param {sinhtrac.v1.FingerScore} message FingerScore
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            FingerScore.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.position = 0;
                    object.score = 0;
                    object.match = false;
                }
                if (message.position != null && $Object.hasOwnProperty.call(message, "position"))
                    object.position = message.position;
                if (message.score != null && $Object.hasOwnProperty.call(message, "score"))
                    object.score = options.json && !$isFinite(message.score) ? $String(message.score) : message.score;
                if (message.match != null && $Object.hasOwnProperty.call(message, "match"))
                    object.match = message.match;
                return object;
            };

            /**
             * Converts this FingerScore to JSON.
             * @function toJSON
             * @memberof sinhtrac.v1.FingerScore
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            FingerScore.prototype.toJSON = function() {
                return FingerScore.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for FingerScore
             * @function getTypeUrl
             * @memberof sinhtrac.v1.FingerScore
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            FingerScore.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/sinhtrac.v1.FingerScore";
            };

            return FingerScore;
        })();

        v1.CompareFingersRequest = (function() {

            /**
             * Properties of a CompareFingersRequest.
             * @typedef {Object} sinhtrac.v1.CompareFingersRequest.$Properties
             * @property {Array.<sinhtrac.v1.FingerSample.$Properties>} [probe] CompareFingersRequest probe
             * @property {Array.<sinhtrac.v1.FingerSample.$Properties>} [reference] CompareFingersRequest reference
             * @property {number} [target_fmr] CompareFingersRequest target_fmr
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a CompareFingersRequest.
             * @memberof sinhtrac.v1
             * @interface ICompareFingersRequest
             * @augments sinhtrac.v1.CompareFingersRequest.$Properties
             * @deprecated Use sinhtrac.v1.CompareFingersRequest.$Properties instead.
             */

            /**
             * Shape of a CompareFingersRequest.
             * @typedef {sinhtrac.v1.CompareFingersRequest.$Properties} sinhtrac.v1.CompareFingersRequest.$Shape
             */

            /**
             * Constructs a new CompareFingersRequest.
             * @memberof sinhtrac.v1
             * @classdesc Represents a CompareFingersRequest.
             * @constructor
             * @param {sinhtrac.v1.CompareFingersRequest.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const CompareFingersRequest = function (properties) {
                this.probe = [];
                this.reference = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * CompareFingersRequest probe.
             * @member {Array.<sinhtrac.v1.FingerSample>} probe
             * @memberof sinhtrac.v1.CompareFingersRequest
             * @instance
             */
            CompareFingersRequest.prototype.probe = $util.emptyArray;

            /**
             * CompareFingersRequest reference.
             * @member {Array.<sinhtrac.v1.FingerSample>} reference
             * @memberof sinhtrac.v1.CompareFingersRequest
             * @instance
             */
            CompareFingersRequest.prototype.reference = $util.emptyArray;

            /**
             * CompareFingersRequest target_fmr.
             * @member {number} target_fmr
             * @memberof sinhtrac.v1.CompareFingersRequest
             * @instance
             */
            CompareFingersRequest.prototype.target_fmr = 0;

            /**
             * Creates a new CompareFingersRequest instance using the specified properties.
             * @function create
             * @memberof sinhtrac.v1.CompareFingersRequest
             * @static
             * @param {sinhtrac.v1.CompareFingersRequest.$Properties=} [properties] Properties to set
             * @returns {sinhtrac.v1.CompareFingersRequest} CompareFingersRequest instance
             * @type {{
             *   (properties: sinhtrac.v1.CompareFingersRequest.$Shape): sinhtrac.v1.CompareFingersRequest & sinhtrac.v1.CompareFingersRequest.$Shape;
             *   (properties?: sinhtrac.v1.CompareFingersRequest.$Properties): sinhtrac.v1.CompareFingersRequest;
             * }}
             */
            CompareFingersRequest.create = function(properties) {
                return new CompareFingersRequest(properties);
            };

            /**
             * Encodes the specified CompareFingersRequest message. Does not implicitly {@link sinhtrac.v1.CompareFingersRequest.verify|verify} messages.
             * @function encode
             * @memberof sinhtrac.v1.CompareFingersRequest
             * @static
             * @param {sinhtrac.v1.CompareFingersRequest.$Properties} message CompareFingersRequest message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            CompareFingersRequest.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.probe != null && message.probe.length)
                    for (let i = 0; i < message.probe.length; ++i)
                        $root.sinhtrac.v1.FingerSample.encode(message.probe[i], writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
                if (message.reference != null && message.reference.length)
                    for (let i = 0; i < message.reference.length; ++i)
                        $root.sinhtrac.v1.FingerSample.encode(message.reference[i], writer.uint32(/* id 2, wireType 2 =*/18).fork(), _depth + 1).ldelim();
                if (message.target_fmr != null && $Object.hasOwnProperty.call(message, "target_fmr") && !$Object.is(message.target_fmr, 0))
                    writer.uint32(/* id 3, wireType 1 =*/25).double(message.target_fmr);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a CompareFingersRequest message from the specified reader or buffer.
             * @function decode
             * @memberof sinhtrac.v1.CompareFingersRequest
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {sinhtrac.v1.CompareFingersRequest & sinhtrac.v1.CompareFingersRequest.$Shape} CompareFingersRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            CompareFingersRequest.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.sinhtrac.v1.CompareFingersRequest();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if (!(message.probe && message.probe.length))
                                message.probe = [];
                            message.probe.push($root.sinhtrac.v1.FingerSample.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if (!(message.reference && message.reference.length))
                                message.reference = [];
                            message.reference.push($root.sinhtrac.v1.FingerSample.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    case 3: {
                            if (wireType !== 1)
                                break;
                            if (!$Object.is(value = reader.double(), 0))
                                message.target_fmr = value;
                            else
                                delete message.target_fmr;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Verifies a CompareFingersRequest message.
             * @function verify
             * @memberof sinhtrac.v1.CompareFingersRequest
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            CompareFingersRequest.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.probe != null && $Object.hasOwnProperty.call(message, "probe")) {
                    if (!$Array.isArray(message.probe))
                        return "probe: array expected";
                    for (let i = 0; i < message.probe.length; ++i) {
                        let error = $root.sinhtrac.v1.FingerSample.verify(message.probe[i], _depth + 1);
                        if (error)
                            return "probe." + error;
                    }
                }
                if (message.reference != null && $Object.hasOwnProperty.call(message, "reference")) {
                    if (!$Array.isArray(message.reference))
                        return "reference: array expected";
                    for (let i = 0; i < message.reference.length; ++i) {
                        let error = $root.sinhtrac.v1.FingerSample.verify(message.reference[i], _depth + 1);
                        if (error)
                            return "reference." + error;
                    }
                }
                if (message.target_fmr != null && $Object.hasOwnProperty.call(message, "target_fmr"))
                    if (typeof message.target_fmr !== "number")
                        return "target_fmr: number expected";
                return null;
            };

            /**
             * Creates a CompareFingersRequest message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof sinhtrac.v1.CompareFingersRequest
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {sinhtrac.v1.CompareFingersRequest} CompareFingersRequest
             */
            CompareFingersRequest.fromObject = function (object, _depth) {
                if (object instanceof $root.sinhtrac.v1.CompareFingersRequest)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".sinhtrac.v1.CompareFingersRequest: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.sinhtrac.v1.CompareFingersRequest();
                if (object.probe) {
                    if (!$Array.isArray(object.probe))
                        throw $TypeError(".sinhtrac.v1.CompareFingersRequest.probe: array expected");
                    message.probe = $Array(object.probe.length);
                    for (let i = 0; i < object.probe.length; ++i) {
                        if (!$util.isObject(object.probe[i]))
                            throw $TypeError(".sinhtrac.v1.CompareFingersRequest.probe: object expected");
                        message.probe[i] = $root.sinhtrac.v1.FingerSample.fromObject(object.probe[i], _depth + 1);
                    }
                }
                if (object.reference) {
                    if (!$Array.isArray(object.reference))
                        throw $TypeError(".sinhtrac.v1.CompareFingersRequest.reference: array expected");
                    message.reference = $Array(object.reference.length);
                    for (let i = 0; i < object.reference.length; ++i) {
                        if (!$util.isObject(object.reference[i]))
                            throw $TypeError(".sinhtrac.v1.CompareFingersRequest.reference: object expected");
                        message.reference[i] = $root.sinhtrac.v1.FingerSample.fromObject(object.reference[i], _depth + 1);
                    }
                }
                if (object.target_fmr != null)
                    if (!$Object.is($Number(object.target_fmr), 0))
                        message.target_fmr = $Number(object.target_fmr);
                return message;
            };

            /**
             * Creates a plain object from a CompareFingersRequest message. Also converts values to other types if specified.
             * @function toObject
             * @memberof sinhtrac.v1.CompareFingersRequest
             * @static
             * @param {sinhtrac.v1.CompareFingersRequest} message CompareFingersRequest
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            CompareFingersRequest.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.arrays || options.defaults) {
                    object.probe = [];
                    object.reference = [];
                }
                if (options.defaults)
                    object.target_fmr = 0;
                if (message.probe && message.probe.length) {
                    object.probe = $Array(message.probe.length);
                    for (let j = 0; j < message.probe.length; ++j)
                        object.probe[j] = $root.sinhtrac.v1.FingerSample.toObject(message.probe[j], options, _depth + 1);
                }
                if (message.reference && message.reference.length) {
                    object.reference = $Array(message.reference.length);
                    for (let j = 0; j < message.reference.length; ++j)
                        object.reference[j] = $root.sinhtrac.v1.FingerSample.toObject(message.reference[j], options, _depth + 1);
                }
                if (message.target_fmr != null && $Object.hasOwnProperty.call(message, "target_fmr"))
                    object.target_fmr = options.json && !$isFinite(message.target_fmr) ? $String(message.target_fmr) : message.target_fmr;
                return object;
            };

            /**
             * Converts this CompareFingersRequest to JSON.
             * @function toJSON
             * @memberof sinhtrac.v1.CompareFingersRequest
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            CompareFingersRequest.prototype.toJSON = function() {
                return CompareFingersRequest.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for CompareFingersRequest
             * @function getTypeUrl
             * @memberof sinhtrac.v1.CompareFingersRequest
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            CompareFingersRequest.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/sinhtrac.v1.CompareFingersRequest";
            };

            return CompareFingersRequest;
        })();

        v1.CompareFingersResponse = (function() {

            /**
             * Properties of a CompareFingersResponse.
             * @typedef {Object} sinhtrac.v1.CompareFingersResponse.$Properties
             * @property {number} [score] CompareFingersResponse score
             * @property {boolean} [match] CompareFingersResponse match
             * @property {number} [threshold] CompareFingersResponse threshold
             * @property {number} [target_fmr] CompareFingersResponse target_fmr
             * @property {Array.<sinhtrac.v1.FingerScore.$Properties>} [fingers] CompareFingersResponse fingers
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a CompareFingersResponse.
             * @memberof sinhtrac.v1
             * @interface ICompareFingersResponse
             * @augments sinhtrac.v1.CompareFingersResponse.$Properties
             * @deprecated Use sinhtrac.v1.CompareFingersResponse.$Properties instead.
             */

            /**
             * Shape of a CompareFingersResponse.
             * @typedef {sinhtrac.v1.CompareFingersResponse.$Properties} sinhtrac.v1.CompareFingersResponse.$Shape
             */

            /**
             * Constructs a new CompareFingersResponse.
             * @memberof sinhtrac.v1
             * @classdesc Represents a CompareFingersResponse.
             * @constructor
             * @param {sinhtrac.v1.CompareFingersResponse.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const CompareFingersResponse = function (properties) {
                this.fingers = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * CompareFingersResponse score.
             * @member {number} score
             * @memberof sinhtrac.v1.CompareFingersResponse
             * @instance
             */
            CompareFingersResponse.prototype.score = 0;

            /**
             * CompareFingersResponse match.
             * @member {boolean} match
             * @memberof sinhtrac.v1.CompareFingersResponse
             * @instance
             */
            CompareFingersResponse.prototype.match = false;

            /**
             * CompareFingersResponse threshold.
             * @member {number} threshold
             * @memberof sinhtrac.v1.CompareFingersResponse
             * @instance
             */
            CompareFingersResponse.prototype.threshold = 0;

            /**
             * CompareFingersResponse target_fmr.
             * @member {number} target_fmr
             * @memberof sinhtrac.v1.CompareFingersResponse
             * @instance
             */
            CompareFingersResponse.prototype.target_fmr = 0;

            /**
             * CompareFingersResponse fingers.
             * @member {Array.<sinhtrac.v1.FingerScore>} fingers
             * @memberof sinhtrac.v1.CompareFingersResponse
             * @instance
             */
            CompareFingersResponse.prototype.fingers = $util.emptyArray;

            /**
             * Creates a new CompareFingersResponse instance using the specified properties.
             * @function create
             * @memberof sinhtrac.v1.CompareFingersResponse
             * @static
             * @param {sinhtrac.v1.CompareFingersResponse.$Properties=} [properties] Properties to set
             * @returns {sinhtrac.v1.CompareFingersResponse} CompareFingersResponse instance
             * @type {{
             *   (properties: sinhtrac.v1.CompareFingersResponse.$Shape): sinhtrac.v1.CompareFingersResponse & sinhtrac.v1.CompareFingersResponse.$Shape;
             *   (properties?: sinhtrac.v1.CompareFingersResponse.$Properties): sinhtrac.v1.CompareFingersResponse;
             * }}
             */
            CompareFingersResponse.create = function(properties) {
                return new CompareFingersResponse(properties);
            };

            /**
             * Encodes the specified CompareFingersResponse message. Does not implicitly {@link sinhtrac.v1.CompareFingersResponse.verify|verify} messages.
             * @function encode
             * @memberof sinhtrac.v1.CompareFingersResponse
             * @static
             * @param {sinhtrac.v1.CompareFingersResponse.$Properties} message CompareFingersResponse message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            CompareFingersResponse.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.score != null && $Object.hasOwnProperty.call(message, "score") && !$Object.is(message.score, 0))
                    writer.uint32(/* id 1, wireType 1 =*/9).double(message.score);
                if (message.match != null && $Object.hasOwnProperty.call(message, "match") && message.match !== false)
                    writer.uint32(/* id 2, wireType 0 =*/16).bool(message.match);
                if (message.threshold != null && $Object.hasOwnProperty.call(message, "threshold") && !$Object.is(message.threshold, 0))
                    writer.uint32(/* id 3, wireType 1 =*/25).double(message.threshold);
                if (message.target_fmr != null && $Object.hasOwnProperty.call(message, "target_fmr") && !$Object.is(message.target_fmr, 0))
                    writer.uint32(/* id 4, wireType 1 =*/33).double(message.target_fmr);
                if (message.fingers != null && message.fingers.length)
                    for (let i = 0; i < message.fingers.length; ++i)
                        $root.sinhtrac.v1.FingerScore.encode(message.fingers[i], writer.uint32(/* id 5, wireType 2 =*/42).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a CompareFingersResponse message from the specified reader or buffer.
             * @function decode
             * @memberof sinhtrac.v1.CompareFingersResponse
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {sinhtrac.v1.CompareFingersResponse & sinhtrac.v1.CompareFingersResponse.$Shape} CompareFingersResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            CompareFingersResponse.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.sinhtrac.v1.CompareFingersResponse();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 1)
                                break;
                            if (!$Object.is(value = reader.double(), 0))
                                message.score = value;
                            else
                                delete message.score;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.bool())
                                message.match = value;
                            else
                                delete message.match;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 1)
                                break;
                            if (!$Object.is(value = reader.double(), 0))
                                message.threshold = value;
                            else
                                delete message.threshold;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 1)
                                break;
                            if (!$Object.is(value = reader.double(), 0))
                                message.target_fmr = value;
                            else
                                delete message.target_fmr;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 2)
                                break;
                            if (!(message.fingers && message.fingers.length))
                                message.fingers = [];
                            message.fingers.push($root.sinhtrac.v1.FingerScore.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Verifies a CompareFingersResponse message.
             * @function verify
             * @memberof sinhtrac.v1.CompareFingersResponse
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            CompareFingersResponse.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.score != null && $Object.hasOwnProperty.call(message, "score"))
                    if (typeof message.score !== "number")
                        return "score: number expected";
                if (message.match != null && $Object.hasOwnProperty.call(message, "match"))
                    if (typeof message.match !== "boolean")
                        return "match: boolean expected";
                if (message.threshold != null && $Object.hasOwnProperty.call(message, "threshold"))
                    if (typeof message.threshold !== "number")
                        return "threshold: number expected";
                if (message.target_fmr != null && $Object.hasOwnProperty.call(message, "target_fmr"))
                    if (typeof message.target_fmr !== "number")
                        return "target_fmr: number expected";
                if (message.fingers != null && $Object.hasOwnProperty.call(message, "fingers")) {
                    if (!$Array.isArray(message.fingers))
                        return "fingers: array expected";
                    for (let i = 0; i < message.fingers.length; ++i) {
                        let error = $root.sinhtrac.v1.FingerScore.verify(message.fingers[i], _depth + 1);
                        if (error)
                            return "fingers." + error;
                    }
                }
                return null;
            };

            /**
             * Creates a CompareFingersResponse message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof sinhtrac.v1.CompareFingersResponse
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {sinhtrac.v1.CompareFingersResponse} CompareFingersResponse
             */
            CompareFingersResponse.fromObject = function (object, _depth) {
                if (object instanceof $root.sinhtrac.v1.CompareFingersResponse)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".sinhtrac.v1.CompareFingersResponse: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.sinhtrac.v1.CompareFingersResponse();
                if (object.score != null)
                    if (!$Object.is($Number(object.score), 0))
                        message.score = $Number(object.score);
                if (object.match != null)
                    if (object.match)
                        message.match = $Boolean(object.match);
                if (object.threshold != null)
                    if (!$Object.is($Number(object.threshold), 0))
                        message.threshold = $Number(object.threshold);
                if (object.target_fmr != null)
                    if (!$Object.is($Number(object.target_fmr), 0))
                        message.target_fmr = $Number(object.target_fmr);
                if (object.fingers) {
                    if (!$Array.isArray(object.fingers))
                        throw $TypeError(".sinhtrac.v1.CompareFingersResponse.fingers: array expected");
                    message.fingers = $Array(object.fingers.length);
                    for (let i = 0; i < object.fingers.length; ++i) {
                        if (!$util.isObject(object.fingers[i]))
                            throw $TypeError(".sinhtrac.v1.CompareFingersResponse.fingers: object expected");
                        message.fingers[i] = $root.sinhtrac.v1.FingerScore.fromObject(object.fingers[i], _depth + 1);
                    }
                }
                return message;
            };

            /**
             * Creates a plain object from a CompareFingersResponse message. Also converts values to other types if specified.
             * @function toObject
             * @memberof sinhtrac.v1.CompareFingersResponse
             * @static
             * @param {sinhtrac.v1.CompareFingersResponse} message CompareFingersResponse
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            CompareFingersResponse.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.arrays || options.defaults)
                    object.fingers = [];
                if (options.defaults) {
                    object.score = 0;
                    object.match = false;
                    object.threshold = 0;
                    object.target_fmr = 0;
                }
                if (message.score != null && $Object.hasOwnProperty.call(message, "score"))
                    object.score = options.json && !$isFinite(message.score) ? $String(message.score) : message.score;
                if (message.match != null && $Object.hasOwnProperty.call(message, "match"))
                    object.match = message.match;
                if (message.threshold != null && $Object.hasOwnProperty.call(message, "threshold"))
                    object.threshold = options.json && !$isFinite(message.threshold) ? $String(message.threshold) : message.threshold;
                if (message.target_fmr != null && $Object.hasOwnProperty.call(message, "target_fmr"))
                    object.target_fmr = options.json && !$isFinite(message.target_fmr) ? $String(message.target_fmr) : message.target_fmr;
                if (message.fingers && message.fingers.length) {
                    object.fingers = $Array(message.fingers.length);
                    for (let j = 0; j < message.fingers.length; ++j)
                        object.fingers[j] = $root.sinhtrac.v1.FingerScore.toObject(message.fingers[j], options, _depth + 1);
                }
                return object;
            };

            /**
             * Converts this CompareFingersResponse to JSON.
             * @function toJSON
             * @memberof sinhtrac.v1.CompareFingersResponse
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            CompareFingersResponse.prototype.toJSON = function() {
                return CompareFingersResponse.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for CompareFingersResponse
             * @function getTypeUrl
             * @memberof sinhtrac.v1.CompareFingersResponse
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            CompareFingersResponse.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/sinhtrac.v1.CompareFingersResponse";
            };

            return CompareFingersResponse;
        })();

        return v1;
    })();

    return sinhtrac;
})();

export {
  $root as default
};
